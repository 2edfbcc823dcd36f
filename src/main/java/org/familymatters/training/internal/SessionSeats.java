package org.familymatters.training.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What booking needs to know of a session: its course's title, its times and place, its
 * capacity and how many places are taken, whether it is cancelled, and its version (the
 * calendar invitation's SEQUENCE). The bookings' own small reads; the sessions are kept
 * elsewhere in the module.
 */
@Service
public class SessionSeats {

	private static final String SELECT = """
			select s.id, c.title, c.kind, s.starts_at, s.ends_at, s.venue, s.address, s.online_link, s.capacity,
			       (select count(*) from training_booking b where b.session_id = s.id and b.status = 'BOOKED') as booked,
			       (select count(*) from training_booking b where b.session_id = s.id and b.status = 'WAITING') as waiting,
			       s.cancelled_at is not null as cancelled, s.version
			from training_session s
			join training_course c on c.id = s.course_id
			""";

	private final JdbcClient jdbc;

	SessionSeats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The session, if there is one. */
	@Transactional(readOnly = true)
	public Optional<Seats> find(UUID sessionId) {
		return jdbc.sql(SELECT + " where s.id = :id").param("id", sessionId).query(Seats.class).optional();
	}

	/**
	 * The session, its row locked until the transaction ends: whoever books, cancels or
	 * changes it meanwhile waits, so that two people never take one last place.
	 */
	@Transactional
	public Optional<Seats> lock(UUID sessionId) {
		jdbc.sql("select id from training_session where id = :id for update")
			.param("id", sessionId)
			.query(UUID.class)
			.optional();
		return find(sessionId);
	}

	/**
	 * A session as booking sees it.
	 *
	 * @param id the session
	 * @param title its course's title
	 * @param kind its course's kind (WORKSHOP, CONFERENCE or INDUCTION)
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 * @param venue where, in person; null for online only
	 * @param address the venue's address; null for none
	 * @param onlineLink the link to join online; null for in person only
	 * @param capacity how many places it has
	 * @param booked how many are taken
	 * @param waiting how many are on its waiting list
	 * @param cancelled whether it is cancelled
	 * @param version how many times it has changed (the invitation's SEQUENCE)
	 */
	public record Seats(UUID id, String title, String kind, Instant startsAt, Instant endsAt, String venue,
			String address, String onlineLink, int capacity, long booked, long waiting, boolean cancelled,
			long version) {

		/** Whether every place is taken. */
		public boolean full() {
			return booked >= capacity;
		}

		/** Whether places may be booked now: not cancelled and not started. */
		public boolean open(Instant now) {
			return !cancelled && now.isBefore(startsAt);
		}

		/** Whether it has started (or ended). */
		public boolean started(Instant now) {
			return !now.isBefore(startsAt);
		}

		/** The venue and its address, else the online link; null for neither. */
		public String where() {
			if (venue != null) {
				return (address != null) ? venue + ", " + address : venue;
			}
			return onlineLink;
		}

		/** How many places are free. */
		public long free() {
			return Math.max(0, capacity - booked);
		}

	}

}
