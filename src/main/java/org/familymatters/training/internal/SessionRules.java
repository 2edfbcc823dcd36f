package org.familymatters.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.familymatters.shared.time.ServiceTime;

/**
 * The rules a session of a course keeps, whoever sets it (the form, then the service
 * again under the session's lock): it starts in the future and at most
 * {@value #YEARS_AHEAD} years ahead, ends after it starts, is somewhere (a venue with its
 * address, or an online joining link), has room for the places already booked, and has at
 * least one trainer. Each broken rule is a problem on its field. Pure: unit-tested
 * without Spring.
 */
public final class SessionRules {

	/** How far ahead a session may be. */
	public static final int YEARS_AHEAD = 2;

	/** The most places a session may have. */
	public static final int MAX_CAPACITY = 500;

	private SessionRules() {
	}

	/**
	 * What is wrong with the session's details at {@code now}, when {@code booked} places
	 * are already booked on it (0 for a new session): each problem with its field
	 * ({@code date}, {@code startsAt}, {@code endsAt}, {@code venue}, {@code address},
	 * {@code capacity}, {@code trainers}) and its code; empty when none.
	 */
	public static List<Problem> problems(Details details, Instant now, int booked) {
		var problems = new ArrayList<Problem>();
		var today = LocalDate.ofInstant(now, ServiceTime.ZONE);
		var day = details.startsAt().atZone(ServiceTime.ZONE).toLocalDate();
		if (day.isAfter(today.plusYears(YEARS_AHEAD))) {
			problems.add(new Problem("date", "tooFar", null));
		}
		else if (day.isBefore(today)) {
			problems.add(new Problem("date", "past", null));
		}
		else if (!details.startsAt().isAfter(now)) {
			problems.add(new Problem("startsAt", "past", null));
		}
		if (!details.endsAt().isAfter(details.startsAt())) {
			problems.add(new Problem("endsAt", "notAfterStart", null));
		}
		if (details.venue() == null && details.onlineLink() == null) {
			problems.add(new Problem("venue", "somewhere", null));
		}
		else if (details.venue() != null && details.address() == null) {
			problems.add(new Problem("address", "withVenue", null));
		}
		if (details.capacity() < 1 || details.capacity() > MAX_CAPACITY) {
			problems.add(new Problem("capacity", "range", MAX_CAPACITY));
		}
		else if (details.capacity() < booked) {
			problems.add(new Problem("capacity", "belowBooked", booked));
		}
		if (details.trainers().isEmpty()) {
			problems.add(new Problem("trainers", "required", null));
		}
		return problems;
	}

	/**
	 * The instant a day and time of day in the service's zone (Europe/London) fall on.
	 */
	public static Instant at(LocalDate day, LocalTime time) {
		return ZonedDateTime.of(day, time, ServiceTime.ZONE).toInstant();
	}

	/**
	 * A session's details, as the coordinator sets them.
	 *
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 * @param venue the building and room; null when it is online only
	 * @param address the venue's address; null when it is online only
	 * @param onlineLink the joining link; null when it is in person only
	 * @param capacity how many places it has
	 * @param localityId the locality it serves; null for none in particular
	 * @param trainers who runs it: training coordinators
	 */
	public record Details(Instant startsAt, Instant endsAt, String venue, String address, String onlineLink,
			int capacity, UUID localityId, List<UUID> trainers) {

		public Details {
			trainers = List.copyOf(trainers);
		}

		/** Whether its date, time or place differ from the session's. */
		public boolean movedFrom(TrainingSession session) {
			return !startsAt.equals(session.startsAt()) || !endsAt.equals(session.endsAt())
					|| !Objects.equals(venue, session.venue()) || !Objects.equals(address, session.address())
					|| !Objects.equals(onlineLink, session.onlineLink());
		}

	}

	/**
	 * A broken rule.
	 *
	 * @param field the form's field it belongs to
	 * @param code what is wrong (the message is {@code training.session.FIELD.CODE})
	 * @param argument the number the message needs; null for none
	 */
	public record Problem(String field, String code, Integer argument) {
	}

	/** The service refused details that break the rules. */
	public static class Broken extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient List<Problem> problems;

		public Broken(List<Problem> problems) {
			super("The session breaks the rules: " + problems);
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

	}

}
