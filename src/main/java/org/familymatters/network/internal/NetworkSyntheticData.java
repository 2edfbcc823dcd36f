package org.familymatters.network.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GenerationProgress;
import org.familymatters.shared.generate.SyntheticData;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The networks' part of {@code --generate}: a network in every locality ("<locality>
 * families network"), coordinated by a support worker (one of the locality's when it has
 * one, else the first support worker with an organisation), who is its member, and a
 * meeting every three months over the last ten years, which the members attended. No
 * agenda or minutes: they name families, and a generated meeting has nothing to say of
 * them. Set-based in one transaction; what is there already is left as it is.
 */
@Component
class NetworkSyntheticData implements SyntheticData {

	static final int MEETINGS = 40;

	/** Generated network records: {@code 00000000-0070-4000-80TT-<n>}, TT the table. */
	static final String PREFIX = "00000000-0070-4000-80";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NetworkSyntheticData(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public String describe() {
		return "networks and their meetings";
	}

	@Override
	public long rows(DataSize size) {
		return (long) size.localities() * (2 + 2 * MEETINGS);
	}

	/**
	 * The SQL for the identifier of generated record {@code column}: 01 network, 02
	 * meeting.
	 */
	static String id(int table, String column) {
		return "('" + PREFIX + "%02x-' || lpad(to_hex(%s), 12, '0'))::uuid".formatted(table, column);
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		var first = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE).minusYears(10).withDayOfMonth(1);
		long rows = transactions.execute(status -> networks(first));
		progress.advance(rows);
	}

	private long networks(LocalDate first) {
		long rows = jdbc
			.sql("""
					with place as (select id, name, row_number() over (order by name, id) as r from identity_locality)
					insert into network (id, name, locality_id, coordinator_user_id, created_by, created_at, updated_at)
					select %s, place.name || ' families network', place.id, w.id, w.id, cast(:first as date), cast(:first as date)
					from place
					cross join lateral (
					    select u.id from identity_user u left join identity_organisation o on o.id = u.organisation_id
					    where 'SUPPORT_WORKER' = any(u.roles) and u.enabled and u.organisation_id is not null
					    order by (o.locality_id = place.id) desc nulls last, u.username
					    limit 1) w
					on conflict do nothing
					"""
				.formatted(id(1, "place.r")))
			.param("first", first)
			.update();
		rows += jdbc
			.sql("""
					insert into network_member (network_id, user_id, organisation_id, backing_confirmed_on, joined_at, added_by)
					select n.id, u.id, u.organisation_id, cast(:first as date), cast(:first as date), u.id
					from network n join identity_user u on u.id = n.coordinator_user_id
					where n.id between %s and %s
					on conflict do nothing
					"""
				.formatted(id(1, "0"), id(1, "4294967295")))
			.param("first", first)
			.update();
		rows += jdbc
			.sql("""
					with place as (select id, row_number() over (order by name, id) as r from identity_locality)
					insert into network_meeting (id, network_id, starts_at, ends_at, place, created_by, created_at, updated_at)
					select %s, n.id,
					       (cast(:first as date) + q * interval '3 months' + time '10:00') at time zone 'Europe/London',
					       (cast(:first as date) + q * interval '3 months' + time '12:00') at time zone 'Europe/London',
					       'Community rooms (generated)', n.coordinator_user_id, cast(:first as date), cast(:first as date)
					from place join network n on n.id = %s, generate_series(0, :meetings - 1) q
					on conflict do nothing
					"""
				.formatted(id(2, "place.r * 64 + q"), id(1, "place.r")))
			.param("first", first)
			.param("meetings", MEETINGS)
			.update();
		rows += jdbc.sql("""
				insert into network_meeting_attendance (meeting_id, user_id, status, recorded_by, recorded_at)
				select m.id, mb.user_id, 'attended', n.coordinator_user_id, m.ends_at
				from network n
				join network_meeting m on m.network_id = n.id
				join network_member mb on mb.network_id = n.id and mb.left_at is null
				where n.id between %s and %s and m.id between %s and %s
				on conflict do nothing
				""".formatted(id(1, "0"), id(1, "4294967295"), id(2, "0"), id(2, "1099511627775"))).update();
		return rows;
	}

}
