package org.familymatters.training.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.training.internal.BookingRules.Role;
import org.familymatters.training.internal.BookingRules.Sector;
import org.familymatters.training.internal.BookingRules.Seniority;

/**
 * The reach report's arithmetic over the attendances it counts, and how its numbers are
 * written inside and outside the service. Pure: tested without Spring.
 * <p>
 * A person is a work e-mail address (in any case); an organisation is its name, trimmed,
 * in any case. A session is run when someone counted attended it. A person is counted
 * once in each role, sector and seniority they booked as, so the rows of a table may add
 * up to more than the people trained when someone booked as two.
 * <p>
 * Change in confidence: a person's confidence before is what they gave before the first
 * session they gave feedback on, their confidence after what they gave after the last;
 * they rose when after is at least one point above before. Averages are of people, not of
 * forms.
 * <p>
 * Inside the service the figures are exact. What leaves it (the CSV) writes every count
 * from 1 to 4 as {@value #FEWER_THAN} and leaves out an average of fewer than
 * {@value #THRESHOLD} people, so that nobody can be recognised from it.
 */
public final class ReachFigures {

	/** The smallest count written as a number outside the service. */
	public static final int THRESHOLD = 5;

	/** What a count from 1 to 4 says outside the service. */
	public static final String FEWER_THAN = "fewer than 5";

	/** What an average of 1 to 4 people says outside the service. */
	public static final String NOT_SHOWN = "not shown";

	/** What an average of nobody says. */
	public static final String NONE = "none";

	private final long people;

	private final long organisations;

	private final long sessions;

	private final Confidence confidence;

	private final List<Group> byRole;

	private final List<Group> bySector;

	private final List<Group> bySeniority;

	private ReachFigures(Collection<Attendance> attendances) {
		this.people = distinct(attendances, Attendance::person);
		this.organisations = distinct(attendances, Attendance::organisationKey);
		this.sessions = distinct(attendances, Attendance::sessionId);
		this.confidence = Confidence.of(attendances);
		this.byRole = groups(attendances, Role.values(), Attendance::role, Role::label, Role::priority);
		this.bySector = groups(attendances, Sector.values(), Attendance::sector, Sector::label, s -> false);
		this.bySeniority = groups(attendances, Seniority.values(), Attendance::seniority, Seniority::label, s -> false);
	}

	/** The figures of these attendances (every one already inside the filter). */
	public static ReachFigures of(Collection<Attendance> attendances) {
		return new ReachFigures(List.copyOf(attendances));
	}

	/** The people trained: distinct work e-mail addresses. */
	public long people() {
		return people;
	}

	/** The organisations reached: distinct names, trimmed, in any case. */
	public long organisations() {
		return organisations;
	}

	/** The sessions someone counted attended. */
	public long sessions() {
		return sessions;
	}

	/** The change in confidence of everyone counted. */
	public Confidence confidence() {
		return confidence;
	}

	/** A row per role, every role, the priority roles first. */
	public List<Group> byRole() {
		return byRole;
	}

	/** A row per sector, every sector. */
	public List<Group> bySector() {
		return bySector;
	}

	/** A row per seniority, every seniority. */
	public List<Group> bySeniority() {
		return bySeniority;
	}

	/** The priority roles with at least one person trained. */
	public long priorityRolesCovered() {
		return byRole.stream().filter(g -> g.priority() && g.people() > 0).count();
	}

	/** How many roles are priority roles. */
	public long priorityRoles() {
		return byRole.stream().filter(Group::priority).count();
	}

	/** The priority roles nobody has been trained in yet, in order. */
	public List<String> priorityRolesWithNobody() {
		return byRole.stream().filter(g -> g.priority() && g.people() == 0).map(Group::label).toList();
	}

	/** A count as it may leave the service: 1 to 4 as {@value #FEWER_THAN}. */
	public static String shared(long count) {
		if (count < 0) {
			throw new IllegalArgumentException("A count is never negative: " + count);
		}
		return (count > 0 && count < THRESHOLD) ? FEWER_THAN : Long.toString(count);
	}

	/**
	 * An average as it is shown inside the service, to one decimal place ("3.5");
	 * {@value #NONE} for nobody.
	 */
	public static String exact(long people, long total) {
		if (people == 0) {
			return NONE;
		}
		return String.format(Locale.ROOT, "%.1f", (double) total / people);
	}

	/**
	 * An average as it may leave the service: as {@link #exact}, but {@value #NOT_SHOWN}
	 * for 1 to 4 people.
	 */
	public static String shared(long people, long total) {
		if (people > 0 && people < THRESHOLD) {
			return NOT_SHOWN;
		}
		return exact(people, total);
	}

	private static <T> long distinct(Collection<Attendance> attendances, Function<Attendance, T> key) {
		var seen = new HashSet<T>();
		attendances.forEach(a -> seen.add(key.apply(a)));
		return seen.size();
	}

	private static <E extends Enum<E>> List<Group> groups(Collection<Attendance> attendances, E[] values,
			Function<Attendance, E> of, Function<E, String> label, java.util.function.Predicate<E> priority) {
		var rows = new ArrayList<Group>();
		for (var value : values) {
			var in = attendances.stream().filter(a -> of.apply(a) == value).toList();
			rows.add(new Group(value.name(), label.apply(value), priority.test(value), distinct(in, Attendance::person),
					Confidence.of(in)));
		}
		return List.copyOf(rows);
	}

	/**
	 * One attended booking the report counts.
	 *
	 * @param email the work e-mail address booked with
	 * @param organisation the organisation booked for
	 * @param sessionId the session attended
	 * @param startsAt when the session started (orders a person's feedback)
	 * @param role the role booked as
	 * @param sector the sector booked as
	 * @param seniority the seniority booked as
	 * @param before the confidence before (1 to 5) given in feedback; null for none
	 * @param after the confidence after (1 to 5) given in feedback; null for none
	 */
	public record Attendance(String email, String organisation, UUID sessionId, Instant startsAt, Role role,
			Sector sector, Seniority seniority, Integer before, Integer after) {

		public Attendance {
			Objects.requireNonNull(email, "email");
			Objects.requireNonNull(organisation, "organisation");
			Objects.requireNonNull(sessionId, "sessionId");
			Objects.requireNonNull(startsAt, "startsAt");
			if ((before == null) != (after == null)) {
				throw new IllegalArgumentException("Feedback gives confidence before and after, or neither");
			}
		}

		/** Who attended: the e-mail address in lower case. */
		String person() {
			return email.strip().toLowerCase(Locale.ROOT);
		}

		/** The organisation's name, trimmed, in lower case. */
		String organisationKey() {
			return organisation.strip().toLowerCase(Locale.ROOT);
		}

		boolean gaveFeedback() {
			return before != null;
		}

	}

	/**
	 * One row of a table: the people of a role, sector or seniority and their change in
	 * confidence.
	 *
	 * @param key the code (HEAD_TEACHER)
	 * @param label what people read (Head teacher)
	 * @param priority whether it is a priority role
	 * @param people the people trained
	 * @param confidence their change in confidence
	 */
	public record Group(String key, String label, boolean priority, long people, Confidence confidence) {

		public String sharedPeople() {
			return shared(people);
		}

	}

	/**
	 * The change in confidence of the people who gave feedback.
	 *
	 * @param people those who gave feedback
	 * @param totalBefore the sum of their confidence before
	 * @param totalAfter the sum of their confidence after
	 * @param rose those whose confidence rose by at least one point
	 */
	public record Confidence(long people, long totalBefore, long totalAfter, long rose) {

		public Confidence {
			if (people < 0 || rose < 0 || rose > people) {
				throw new IllegalArgumentException("Those who rose are some of those who gave feedback");
			}
		}

		/**
		 * Each person's first before and last after, of the attendances with feedback.
		 */
		static Confidence of(Collection<Attendance> attendances) {
			var byPerson = new LinkedHashMap<String, List<Attendance>>();
			attendances.stream()
				.filter(Attendance::gaveFeedback)
				.sorted(Comparator.comparing(Attendance::startsAt).thenComparing(a -> a.sessionId().toString()))
				.forEach(a -> byPerson.computeIfAbsent(a.person(), p -> new ArrayList<>()).add(a));
			long before = 0;
			long after = 0;
			long rose = 0;
			for (var given : byPerson.values()) {
				int first = given.get(0).before();
				int last = given.get(given.size() - 1).after();
				before += first;
				after += last;
				if (last - first >= 1) {
					rose++;
				}
			}
			return new Confidence(byPerson.size(), before, after, rose);
		}

		public double averageBefore() {
			return (people == 0) ? 0 : (double) totalBefore / people;
		}

		public double averageAfter() {
			return (people == 0) ? 0 : (double) totalAfter / people;
		}

		public String exactBefore() {
			return exact(people, totalBefore);
		}

		public String exactAfter() {
			return exact(people, totalAfter);
		}

		public String sharedPeople() {
			return shared(people);
		}

		public String sharedBefore() {
			return shared(people, totalBefore);
		}

		public String sharedAfter() {
			return shared(people, totalAfter);
		}

		public String sharedRose() {
			return shared(rose);
		}

	}

}
