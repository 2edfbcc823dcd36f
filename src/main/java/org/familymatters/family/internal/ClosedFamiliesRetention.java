package org.familymatters.family.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.shared.privacy.FamiliesAnonymised;
import org.familymatters.shared.privacy.RetentionCutoff;
import org.familymatters.shared.privacy.RetentionDue;
import org.familymatters.shared.privacy.RetentionHolds;
import org.familymatters.shared.privacy.RetentionKind;
import org.familymatters.shared.privacy.RetentionRule;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes closed families anonymous when their period ends
 * ({@link RetentionKind#CLOSED_FAMILIES}, counted from the day the family was closed,
 * {@code family.closed_at}): names, other names, dates of birth, contact details,
 * schools, the address, the closing reason, prison numbers and sentences, the timeline's
 * words and places, the barriers' details and the merge reasons go; attachments (their
 * bytes are in the row) are deleted. What the reports count stays: the family, its
 * locality, status and journey stage, its people's roles, the timeline's kinds and dates,
 * custody dates and prisons, the barriers' kinds, and every other module's counts (the
 * outcomes report reads {@code plan_outcome_day}).
 * <p>
 * A family is never due while a safeguarding lead's hold lasts ({@code hold_until}, to
 * that day inclusive) or while a person of it has an open privacy request
 * ({@link RetentionHolds}). Each batch is one transaction: a family is anonymous whole,
 * or not at all. A family merged into one made anonymous is made anonymous with it.
 * <p>
 * The batch publishes {@link FamiliesAnonymised} with the families' ids in its
 * transaction, on which every other module that keeps rows about a family makes its own
 * rows anonymous (ADR 0016, "Closed families across modules").
 */
@Component
public class ClosedFamiliesRetention implements RetentionRule {

	static final String REMOVED = "Removed";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final String DUE = """
			from family f
			where f.status = 'closed' and f.anonymised_at is null and f.merged_into is null
			  and f.closed_at < :before
			  and (f.hold_until is null or f.hold_until < :today)
			  and not (f.id = any(cast(:held as uuid[])))
			""";

	private final JdbcClient jdbc;

	private final List<RetentionHolds> holds;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ClosedFamiliesRetention(JdbcClient jdbc, List<RetentionHolds> holds, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.holds = holds;
		this.clock = clock;
		this.events = events;
	}

	@Override
	public RetentionKind kind() {
		return RetentionKind.CLOSED_FAMILIES;
	}

	@Override
	@Transactional(readOnly = true)
	public RetentionDue due(RetentionCutoff cutoff) {
		var held = held();
		long count = jdbc.sql("select count(*) " + DUE)
			.param("before", cutoff.before().atOffset(ZoneOffset.UTC))
			.param("today", cutoff.today())
			.param("held", held)
			.query(Long.class)
			.single();
		var examples = jdbc.sql("select f.reference, f.closed_at " + DUE + " order by f.closed_at, f.id limit 5")
			.param("before", cutoff.before().atOffset(ZoneOffset.UTC))
			.param("today", cutoff.today())
			.param("held", held)
			.query((rs, n) -> rs.getString("reference") + ", closed "
					+ DAY.format(rs.getObject("closed_at", java.time.OffsetDateTime.class)
						.atZoneSameInstant(ServiceTime.ZONE)))
			.list();
		return new RetentionDue(count, examples);
	}

	@Override
	@Transactional
	public int apply(RetentionCutoff cutoff, int limit) {
		var due = jdbc.sql("select f.id " + DUE + " order by f.closed_at, f.id limit :limit for update skip locked")
			.param("before", cutoff.before().atOffset(ZoneOffset.UTC))
			.param("today", cutoff.today())
			.param("held", held())
			.param("limit", limit)
			.query(UUID.class)
			.list();
		if (due.isEmpty()) {
			return 0;
		}
		var ids = jdbc.sql(
				"select id from family where id = any(cast(:ids as uuid[])) or merged_into = any(cast(:ids as uuid[]))")
			.param("ids", text(due))
			.query(UUID.class)
			.list();
		anonymise(text(ids));
		events.publishEvent(new FamiliesAnonymised(ids));
		return due.size();
	}

	private void anonymise(String[] families) {
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql(
				"""
						update merge set reason = :removed
						where (kind = 'family' and (kept_id = any(cast(:ids as uuid[])) or merged_id = any(cast(:ids as uuid[]))))
						   or (kind = 'person' and (kept_id in (select id from person where family_id = any(cast(:ids as uuid[])))
						       or merged_id in (select id from person where family_id = any(cast(:ids as uuid[])))))
						""")
			.param("removed", REMOVED)
			.param("ids", families)
			.update();
		jdbc.sql("delete from attachment where family_id = any(cast(:ids as uuid[]))").param("ids", families).update();
		jdbc.sql("""
				update custody_episode set prison_number = null, sentence = null, version = version + 1
				where person_id in (select id from person where family_id = any(cast(:ids as uuid[])))
				""").param("ids", families).update();
		jdbc.sql(
				"""
						update timeline_entry
						set summary = case when family_tie or kind = 'parenting_session' then null else :removed end, place = null
						where family_id = any(cast(:ids as uuid[]))
						""")
			.param("removed", REMOVED)
			.param("ids", families)
			.update();
		jdbc.sql("""
				update contact_barrier set details = case when kind = 'other' then :removed end
				where family_id = any(cast(:ids as uuid[]))
				""").param("removed", REMOVED).param("ids", families).update();
		jdbc.sql(
				"""
						update person set given_name = :removed, family_name = :removed, other_names = null, date_of_birth = null,
						       phone = null, email = null, relationship = null, school_id = null, school_year = null,
						       version = version + 1
						where family_id = any(cast(:ids as uuid[]))
						""")
			.param("removed", REMOVED)
			.param("ids", families)
			.update();
		jdbc.sql("""
				update family set address_line_1 = null, address_line_2 = null, town = null, postcode = null,
				       closed_reason = case when status = 'closed' then :removed end, best_time_to_call = null,
				       hold_until = null, hold_reason = null, hold_placed_by = null, hold_placed_at = null,
				       anonymised_at = :now, version = version + 1
				where id = any(cast(:ids as uuid[]))
				""").param("removed", REMOVED).param("now", now).param("ids", families).update();
	}

	private String[] held() {
		var held = new HashSet<UUID>();
		holds.forEach(h -> held.addAll(h.heldFamilies()));
		return text(held);
	}

	private static String[] text(java.util.Collection<UUID> ids) {
		return ids.stream().map(UUID::toString).toArray(String[]::new);
	}

}
