package org.familymatters.training.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.shared.privacy.RetentionCutoff;
import org.familymatters.shared.privacy.RetentionDue;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionRule;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes training bookings anonymous when their period ends
 * ({@link RetentionKind#TRAINING_BOOKINGS}, counted from the day of the session): the
 * name, the e-mail address, the user account and the free text of the feedback go, and
 * the links to manage the booking are deleted. What the reach report counts stays: the
 * session, sector, role, seniority, status, attendance and the confidence scores.
 * <p>
 * The report counts a person by their e-mail address and an organisation by its name, so
 * a person's bookings are made anonymous together, once the last of their sessions is
 * past the period, each given the same stand-in address (a random one, which names
 * nobody); and the organisation's name is replaced by a digest of it, the same for the
 * same name, so that people and organisations are still counted once. A batch takes up to
 * {@code limit} people, with all their due bookings, in one transaction.
 */
@Component
public class TrainingBookingsRetention implements RetentionRule {

	static final String REMOVED = "Removed";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** The people (by e-mail address) whose every booking not yet anonymous is due. */
	private static final String DUE_PEOPLE = """
			select lower(btrim(b.email)) as person, min(s.starts_at) as first_session, count(*) as bookings
			from training_booking b join training_session s on s.id = b.session_id
			where b.anonymised_at is null
			group by 1
			having max(s.starts_at) < :before
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	TrainingBookingsRetention(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.TRAINING_BOOKINGS;
	}

	@Override
	@Transactional(readOnly = true)
	public RetentionDue due(RetentionCutoff cutoff) {
		var before = cutoff.before().atOffset(ZoneOffset.UTC);
		long count = jdbc.sql("select coalesce(sum(bookings), 0) from (" + DUE_PEOPLE + ") due")
			.param("before", before)
			.query(Long.class)
			.single();
		var examples = jdbc.sql("""
				select s.starts_at, c.title from training_session s join training_course c on c.id = s.course_id
				where s.starts_at < :before
				  and exists (select 1 from training_booking b where b.session_id = s.id and b.anonymised_at is null)
				order by s.starts_at limit 5
				""")
			.param("before", before)
			.query((rs, n) -> "Bookings of " + rs.getString("title") + ", "
					+ DAY.format(rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(ServiceTime.ZONE)))
			.list();
		return new RetentionDue(count, examples);
	}

	@Override
	@Transactional
	public int apply(RetentionCutoff cutoff, int limit) {
		var before = cutoff.before().atOffset(ZoneOffset.UTC);
		var people = jdbc.sql("select person from (" + DUE_PEOPLE + ") due order by first_session, person limit :limit")
			.param("before", before)
			.param("limit", limit)
			.query(String.class)
			.list()
			.toArray(String[]::new);
		if (people.length == 0) {
			return 0;
		}
		var bookings = jdbc.sql("""
				with people as (select p.person, gen_random_uuid() as stand_in
				                from unnest(cast(:people as text[])) as p(person))
				update training_booking b
				set name = :removed, email = 'anonymised-' || p.stand_in || '@anonymised.invalid',
				    organisation = 'Organisation ' || left(md5(lower(btrim(b.organisation))), 16),
				    user_id = null, anonymised_at = :now, version = b.version + 1
				from people p
				where lower(btrim(b.email)) = p.person and b.anonymised_at is null
				  and b.session_id in (select s.id from training_session s where s.starts_at < :before)
				returning b.id
				""")
			.param("people", people)
			.param("removed", REMOVED)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("before", before)
			.query(java.util.UUID.class)
			.list()
			.stream()
			.map(java.util.UUID::toString)
			.toArray(String[]::new);
		jdbc.sql("""
				update training_feedback set do_differently = null, comments = null
				where booking_id = any(cast(:ids as uuid[]))
				""").param("ids", bookings).update();
		jdbc.sql("delete from training_booking_link where booking_id = any(cast(:ids as uuid[]))")
			.param("ids", bookings)
			.update();
		return bookings.length;
	}

}
