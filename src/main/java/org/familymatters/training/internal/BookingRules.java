package org.familymatters.training.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;

/**
 * The rules of booking a place on a training session, without Spring: who someone booking
 * is (sector, role, seniority, with the priority roles the training targets), how long
 * what they type may be, when a reminder is due, and what a link's secret looks like.
 * Pure.
 */
public final class BookingRules {

	/** The most characters of a name. */
	public static final int NAME_MAX = 120;

	/** The most characters of an organisation's name. */
	public static final int ORGANISATION_MAX = 200;

	/** How long before a session its reminder is sent. */
	public static final Duration REMINDER_BEFORE = Duration.ofDays(2);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private BookingRules() {
	}

	/** An e-mail address as bookings keep and compare it: trimmed, lower case. */
	public static String normalisedEmail(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : null;
	}

	/** The priority roles, in order. */
	public static List<Role> priorityRoles() {
		return Arrays.stream(Role.values()).filter(Role::priority).toList();
	}

	/**
	 * Whether a session's reminder is due now for a place taken at {@code bookedAt}: the
	 * session starts within {@link #REMINDER_BEFORE} and has not started, and the place
	 * was taken before that window opened (a place taken later came with its joining
	 * instructions just now).
	 */
	public static boolean reminderDue(Instant startsAt, Instant bookedAt, Instant now) {
		var opens = startsAt.minus(REMINDER_BEFORE);
		return !now.isBefore(opens) && now.isBefore(startsAt) && bookedAt.isBefore(opens);
	}

	/**
	 * Whether text could be a link's secret (43 URL-safe Base64 characters): anything
	 * else is not looked up at all.
	 */
	public static boolean looksLikeSecret(String secret) {
		return secret != null && secret.length() >= 32 && secret.length() <= 100
				&& secret.chars()
					.allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
							|| c == '-' || c == '_');
	}

	/**
	 * Whether two hashes are the same, in time that does not depend on where they differ.
	 */
	public static boolean sameHash(String a, String b) {
		return a != null && b != null
				&& MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A session's day and hours in words, in the service's time zone: "Thursday 5 March
	 * 2026, 10:00 to 13:00".
	 */
	public static String when(Instant startsAt, Instant endsAt) {
		var starts = startsAt.atZone(ServiceTime.ZONE);
		var ends = endsAt.atZone(ServiceTime.ZONE);
		return DAY.format(starts) + ", " + TIME.format(starts) + " to " + TIME.format(ends);
	}

	/** The sector someone works in. */
	public enum Sector {

		STATUTORY("Statutory", "For example a school, the council, probation, the police or the NHS"),

		VOLUNTARY("Voluntary or community", null),

		FAITH("Faith", null),

		PRIVATE("Private", null);

		private final String label;

		private final String hint;

		Sector(String label, String hint) {
			this.label = label;
			this.hint = hint;
		}

		public String label() {
			return label;
		}

		/** A line under the option; null for none. */
		public String hint() {
			return hint;
		}

	}

	/**
	 * Someone's role. The training's priority groups (head teachers, SENCOs and
	 * home–school link workers) are {@link #priority()}.
	 */
	public enum Role {

		HEAD_TEACHER("Head teacher", true), SENCO("Special educational needs coordinator (SENCO)", true),
		HOME_SCHOOL_LINK_WORKER("Home–school link worker", true), PRISON_OFFICER("Prison officer", false),
		PROBATION_OFFICER("Probation officer", false), CHILDRENS_CENTRE_WORKER("Children’s centre worker", false),
		HEALTH_VISITOR("Health visitor", false), SOCIAL_WORKER("Social worker", false), POLICE("Police", false),
		VOLUNTEER("Volunteer", false), OTHER("Other", false);

		private final String label;

		private final boolean priority;

		Role(String label, boolean priority) {
			this.label = label;
			this.priority = priority;
		}

		public String label() {
			return label;
		}

		/** Whether the training targets this role first. */
		public boolean priority() {
			return priority;
		}

	}

	/** How senior someone is. */
	public enum Seniority {

		FRONT_LINE("Front line"), SUPERVISOR("Supervisor or team leader"), SENIOR_MANAGER("Senior manager");

		private final String label;

		Seniority(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** What someone booking gave: all of it checked already. */
	public record Trainee(String name, String email, String organisation, Sector sector, Role role,
			Seniority seniority) {

		public Trainee {
			email = normalisedEmail(email);
		}

	}

}
