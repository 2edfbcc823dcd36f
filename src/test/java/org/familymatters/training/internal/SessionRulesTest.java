package org.familymatters.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules a training session keeps, without Spring. */
class SessionRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 3);

	private static final Instant NOW = SessionRules.at(TODAY, LocalTime.of(11, 0));

	private static final List<UUID> TRAINER = List.of(UUID.randomUUID());

	private static SessionRules.Details session(LocalDate day, String starts, String ends, String venue, String address,
			String link, int capacity, List<UUID> trainers) {
		return new SessionRules.Details(SessionRules.at(day, LocalTime.parse(starts)),
				SessionRules.at(day, LocalTime.parse(ends)), venue, address, link, capacity, null, trainers);
	}

	private static List<String> problems(SessionRules.Details details, int booked) {
		return SessionRules.problems(details, NOW, booked).stream().map(p -> p.field() + "." + p.code()).toList();
	}

	@Test
	void aSoundSessionHasNoProblem() {
		assertThat(problems(
				session(TODAY.plusDays(20), "09:30", "13:00", "Town hall", "1 Market Place", null, 20, TRAINER), 0))
			.isEmpty();
		assertThat(problems(session(TODAY, "14:00", "15:00", null, null, "https://meet.example.org/x", 20, TRAINER), 0))
			.as("later today, online only")
			.isEmpty();
	}

	@Test
	void aSessionInThePastIsRefusedByTheDateOrTheTime() {
		assertThat(problems(session(TODAY.minusDays(1), "09:30", "13:00", "Hall", "Street", null, 20, TRAINER), 0))
			.containsExactly("date.past");
		assertThat(problems(session(TODAY, "10:00", "12:00", "Hall", "Street", null, 20, TRAINER), 0))
			.as("today, but it started an hour ago")
			.containsExactly("startsAt.past");
		assertThat(problems(
				session(TODAY.plusYears(2).plusDays(1), "10:00", "12:00", "Hall", "Street", null, 20, TRAINER), 0))
			.containsExactly("date.tooFar");
	}

	@Test
	void anEndNotAfterTheStartIsRefused() {
		assertThat(problems(session(TODAY.plusDays(3), "13:00", "09:30", "Hall", "Street", null, 20, TRAINER), 0))
			.containsExactly("endsAt.notAfterStart");
		assertThat(problems(session(TODAY.plusDays(3), "13:00", "13:00", "Hall", "Street", null, 20, TRAINER), 0))
			.containsExactly("endsAt.notAfterStart");
	}

	@Test
	void aSessionMustBeSomewhereAndAVenueNeedsItsAddress() {
		assertThat(problems(session(TODAY.plusDays(3), "10:00", "12:00", null, null, null, 20, TRAINER), 0))
			.containsExactly("venue.somewhere");
		assertThat(problems(session(TODAY.plusDays(3), "10:00", "12:00", "Hall", null, null, 20, TRAINER), 0))
			.containsExactly("address.withVenue");
	}

	@Test
	void theCapacityMayNotFallBelowThePlacesBooked() {
		var details = session(TODAY.plusDays(3), "10:00", "12:00", "Hall", "Street", null, 5, TRAINER);
		assertThat(problems(details, 5)).isEmpty();
		assertThat(problems(details, 6)).containsExactly("capacity.belowBooked");
		assertThat(SessionRules.problems(details, NOW, 6).get(0).argument()).isEqualTo(6);
		assertThat(problems(session(TODAY.plusDays(3), "10:00", "12:00", "Hall", "Street", null, 0, TRAINER), 0))
			.containsExactly("capacity.range");
	}

	@Test
	void aSessionNeedsATrainerAndEveryProblemIsReportedAtOnce() {
		assertThat(problems(session(TODAY.minusDays(1), "13:00", "09:00", null, null, null, 20, List.of()), 0))
			.containsExactly("date.past", "endsAt.notAfterStart", "venue.somewhere", "trainers.required");
	}

	@Test
	void aSessionMovesWhenItsDateTimeOrPlaceChangeNotItsCapacity() {
		var details = session(TODAY.plusDays(3), "10:00", "12:00", "Hall", "Street", null, 20, TRAINER);
		var session = new TrainingSession(UUID.randomUUID(), UUID.randomUUID(), "Course", Course.Kind.WORKSHOP,
				details.startsAt(), details.endsAt(), "Hall", "Street", null, 30, null, null, false, 0, 0, 0);
		assertThat(details.movedFrom(session)).isFalse();
		var elsewhere = session(TODAY.plusDays(3), "10:00", "12:00", "Library", "Street", null, 20, TRAINER);
		assertThat(elsewhere.movedFrom(session)).isTrue();
		var later = session(TODAY.plusDays(3), "10:30", "12:00", "Hall", "Street", null, 20, TRAINER);
		assertThat(later.movedFrom(session)).isTrue();
	}

}
