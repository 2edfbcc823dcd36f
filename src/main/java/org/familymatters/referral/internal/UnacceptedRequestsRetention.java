package org.familymatters.referral.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.shared.privacy.RetentionCutoff;
import org.familymatters.shared.privacy.RetentionDue;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionRule;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the requests for support that were never accepted — still waiting, signposted
 * or declined, from the public form or from anyone who refers — when their period ends
 * ({@link RetentionKind#UNACCEPTED_REQUESTS}, counted from the day the request arrived),
 * with their people, needs and criteria met. Before deleting, it adds them to
 * {@code referral_removed}: how many requests of each month of arrival, locality, source
 * and final status were deleted, naming nobody, so that a count of every request ever
 * received can still be made. The court desk statistics count referrals made from the
 * desk's own contacts and those accepted, which this never deletes, so they are
 * unchanged. Each batch is one transaction: a request is gone with all its rows, or
 * whole.
 */
@Component
public class UnacceptedRequestsRetention implements RetentionRule {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final String DUE = """
			from referral r
			where r.status <> 'accepted' and r.created_at < :before
			""";

	private final JdbcClient jdbc;

	UnacceptedRequestsRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.UNACCEPTED_REQUESTS;
	}

	@Override
	@Transactional(readOnly = true)
	public RetentionDue due(RetentionCutoff cutoff) {
		var before = cutoff.before().atOffset(ZoneOffset.UTC);
		long count = jdbc.sql("select count(*) " + DUE).param("before", before).query(Long.class).single();
		var examples = jdbc
			.sql("select r.reference, r.created_at, r.status " + DUE + " order by r.created_at, r.id limit 5")
			.param("before", before)
			.query((rs, n) -> rs.getString("reference") + ", arrived "
					+ DAY.format(rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(ServiceTime.ZONE))
					+ ", " + rs.getString("status"))
			.list();
		return new RetentionDue(count, examples);
	}

	@Override
	@Transactional
	public int apply(RetentionCutoff cutoff, int limit) {
		var ids = jdbc.sql("select r.id " + DUE + " order by r.created_at, r.id limit :limit for update skip locked")
			.param("before", cutoff.before().atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.map(UUID::toString)
			.toArray(String[]::new);
		if (ids.length == 0) {
			return 0;
		}
		jdbc.sql("""
				insert into referral_removed (arrived_month, locality_id, source, status, removed)
				select cast(date_trunc('month', created_at at time zone 'Europe/London') as date), locality_id, source,
				       status, count(*)
				from referral where id = any(cast(:ids as uuid[]))
				group by 1, 2, 3, 4
				on conflict (arrived_month, locality_id, source, status)
				do update set removed = referral_removed.removed + excluded.removed
				""").param("ids", ids).update();
		return jdbc.sql("delete from referral where id = any(cast(:ids as uuid[]))").param("ids", ids).update();
	}

}
