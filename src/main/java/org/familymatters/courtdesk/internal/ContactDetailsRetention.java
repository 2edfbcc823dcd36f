package org.familymatters.courtdesk.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.referral.ReferralOutcomes;
import org.familymatters.referral.ReferralStatus;
import org.familymatters.shared.privacy.RetentionCutoff;
import org.familymatters.shared.privacy.RetentionDue;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionRule;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a court desk contact's personal data — the name, phone, e-mail and best time to
 * call ({@code court_desk_contact_details}) and the record of the person's agreement
 * ({@code court_desk_consent}) — once the referral made from them is decided (accepted,
 * signposted or declined, as {@link ReferralOutcomes} says, or no longer on record), or
 * when their period ends ({@link RetentionKind#COURT_DESK_CONTACT_DETAILS}, counted from
 * the day they were recorded), whichever comes first. The contact itself, which names
 * nobody, stays with its concerns, services, outcome, children and referral, so the court
 * desk statistics are unchanged. Each batch is one transaction.
 */
@Component
public class ContactDetailsRetention implements RetentionRule {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final String HELD = """
			(exists (select 1 from court_desk_contact_details d where d.contact_id = c.id)
			 or exists (select 1 from court_desk_consent k where k.contact_id = c.id))
			""";

	private final JdbcClient jdbc;

	private final ReferralOutcomes referrals;

	ContactDetailsRetention(JdbcClient jdbc, ReferralOutcomes referrals) {
		this.jdbc = jdbc;
		this.referrals = referrals;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.COURT_DESK_CONTACT_DETAILS;
	}

	@Override
	@Transactional(readOnly = true)
	public RetentionDue due(RetentionCutoff cutoff) {
		var before = cutoff.before().atOffset(ZoneOffset.UTC);
		long old = jdbc.sql("select count(*) from court_desk_contact c where c.recorded_at < :before and " + HELD)
			.param("before", before)
			.query(Long.class)
			.single();
		var examples = new ArrayList<>(jdbc
			.sql("select c.reference, c.recorded_at from court_desk_contact c " + "where c.recorded_at < :before and "
					+ HELD + " order by c.recorded_at, c.id limit 5")
			.param("before", before)
			.query((rs, n) -> rs.getString("reference") + ", recorded "
					+ DAY.format(rs.getObject("recorded_at", OffsetDateTime.class).atZoneSameInstant(ServiceTime.ZONE)))
			.list());
		var decided = decided(cutoff, Integer.MAX_VALUE);
		decided.stream()
			.limit(Math.max(0, 5 - examples.size()))
			.forEach(c -> examples.add(c.reference() + ", its referral decided"));
		return new RetentionDue(old + decided.size(), examples);
	}

	@Override
	@Transactional
	public int apply(RetentionCutoff cutoff, int limit) {
		var ids = new ArrayList<>(jdbc
			.sql("select c.id from court_desk_contact c where c.recorded_at < :before and " + HELD
					+ " order by c.recorded_at, c.id limit :limit")
			.param("before", cutoff.before().atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query(UUID.class)
			.list());
		if (ids.size() < limit) {
			decided(cutoff, limit - ids.size()).forEach(c -> ids.add(c.id()));
		}
		if (ids.isEmpty()) {
			return 0;
		}
		var text = ids.stream().map(UUID::toString).toArray(String[]::new);
		jdbc.sql("delete from court_desk_consent where contact_id = any(cast(:ids as uuid[]))")
			.param("ids", text)
			.update();
		jdbc.sql("delete from court_desk_contact_details where contact_id = any(cast(:ids as uuid[]))")
			.param("ids", text)
			.update();
		return ids.size();
	}

	/**
	 * The contacts within their period, recorded before the day of the run, that still
	 * hold personal data and whose referral is decided or no longer on record, oldest
	 * first, at most {@code limit}.
	 */
	private List<Held> decided(RetentionCutoff cutoff, int limit) {
		var held = jdbc
			.sql("select c.id, c.reference, c.referral_id from court_desk_contact c "
					+ "where c.referral_id is not null and c.recorded_at >= :before and c.recorded_at < :today and "
					+ HELD + " order by c.recorded_at, c.id")
			.param("before", cutoff.before().atOffset(ZoneOffset.UTC))
			.param("today", cutoff.today().atStartOfDay(ServiceTime.ZONE).toOffsetDateTime())
			.query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getObject("referral_id", UUID.class)))
			.list();
		if (held.isEmpty()) {
			return held;
		}
		var statuses = referrals.statuses(held.stream().map(Held::referralId).toList());
		return held.stream().filter(c -> statuses.get(c.referralId()) != ReferralStatus.RECEIVED).limit(limit).toList();
	}

	private record Held(UUID id, String reference, UUID referralId) {
	}

}
