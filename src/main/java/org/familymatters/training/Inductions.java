package org.familymatters.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court desk volunteers' induction, as the court desks read it for a volunteer's
 * readiness to take shifts: whether (and when) a user attended an induction, and the
 * induction sessions still to come that a volunteer could book. An induction is a session
 * of a course of kind {@code INDUCTION}; it counts once the trainer has marked the user's
 * own booking (a staff booking, {@code training_booking.user_id}, still {@code BOOKED})
 * attended. Nothing here is about families; only the training module's tables are read.
 */
@Service
public class Inductions {

	/** The most upcoming sessions {@link #upcoming()} lists. */
	public static final int UPCOMING_SHOWN = 5;

	private final JdbcClient jdbc;

	private final Clock clock;

	Inductions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The day (in the service's time zone) of the latest induction session the user
	 * attended; empty when they attended none (or have no account: null).
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> completedOn(UUID userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select s.starts_at from training_booking b
				join training_session s on s.id = b.session_id
				join training_course c on c.id = s.course_id
				where b.user_id = :user and b.status = 'BOOKED' and b.attended_at is not null
				  and c.kind = 'INDUCTION'
				order by s.starts_at desc
				limit 1
				""")
			.param("user", userId)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.optional()
			.map(at -> at.atZoneSameInstant(ServiceTime.ZONE).toLocalDate());
	}

	/**
	 * For each of the users who attended an induction, the day of the latest one they
	 * attended; users with none are not in the map.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, LocalDate> completedOn(Collection<UUID> userIds) {
		var completed = new HashMap<UUID, LocalDate>();
		if (userIds.isEmpty()) {
			return completed;
		}
		jdbc.sql("""
				select b.user_id, max(s.starts_at) as latest from training_booking b
				join training_session s on s.id = b.session_id
				join training_course c on c.id = s.course_id
				where b.user_id in (:users) and b.status = 'BOOKED' and b.attended_at is not null
				  and c.kind = 'INDUCTION'
				group by b.user_id
				""")
			.param("users", List.copyOf(userIds))
			.query((RowCallbackHandler) rs -> completed.put(rs.getObject("user_id", UUID.class),
					local(rs.getObject("latest", OffsetDateTime.class)).toLocalDate()));
		return completed;
	}

	/**
	 * The next induction sessions (at most {@link #UPCOMING_SHOWN}) that have not started
	 * and are not cancelled, soonest first, with the places left on each: where a
	 * coordinator points a volunteer who has not had their induction. Each session's
	 * public page, {@code /training/sessions/{id}}, is where a signed-in volunteer books.
	 */
	@Transactional(readOnly = true)
	public List<UpcomingInduction> upcoming() {
		return jdbc.sql("""
				select s.id, c.title, s.starts_at, s.ends_at, s.venue, s.online_link is not null as online,
				       s.capacity - (select count(*) from training_booking b
				                     where b.session_id = s.id and b.status = 'BOOKED') as places_left
				from training_session s
				join training_course c on c.id = s.course_id
				where c.kind = 'INDUCTION' and s.cancelled_at is null and s.starts_at > :now
				order by s.starts_at, s.id
				limit :shown
				""")
			.param("now", OffsetDateTime.now(clock))
			.param("shown", UPCOMING_SHOWN)
			.query(Inductions::session)
			.list();
	}

	private static UpcomingInduction session(ResultSet rs, int row) throws SQLException {
		return new UpcomingInduction(rs.getObject("id", UUID.class), rs.getString("title"),
				local(rs.getObject("starts_at", OffsetDateTime.class)),
				local(rs.getObject("ends_at", OffsetDateTime.class)), rs.getString("venue"), rs.getBoolean("online"),
				Math.max(0, rs.getInt("places_left")));
	}

	private static LocalDateTime local(OffsetDateTime at) {
		return at.atZoneSameInstant(ServiceTime.ZONE).toLocalDateTime();
	}

	/**
	 * An induction session still to come.
	 *
	 * @param sessionId the session: its public page is {@code /training/sessions/{id}}
	 * @param title the course's title
	 * @param startsAt when it starts, in the service's time zone
	 * @param endsAt when it ends, in the service's time zone
	 * @param venue where it is held, or null when it is online only
	 * @param online whether it has an online joining link
	 * @param placesLeft the places not yet booked (0 when full: the waiting list is open)
	 */
	public record UpcomingInduction(UUID sessionId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
			String venue, boolean online, int placesLeft) {

		/** The session's public page, where a signed-in volunteer books a place. */
		public String page() {
			return "/training/sessions/" + sessionId;
		}

	}

}
