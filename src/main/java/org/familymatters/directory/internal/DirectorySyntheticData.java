package org.familymatters.directory.internal;

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
 * The directory's part of {@code --generate}: {@link DataSize#directoryServices()}
 * services from one organisation for every ten, each with a venue (a made-up address with
 * a postcode in the unused ZZ area), a phone number from Ofcom's range for drama, two
 * opening days, the needs it meets (two of the needs taxonomy's terms), and where it is
 * offered (one locality; every 25th across its county, every 500th across the country).
 * Names are made of the needs and the kind of service, so the search finds them by need.
 * Written set-based, in batches of {@value #BATCH} services, each batch in one
 * transaction; the search words and the search facets are kept by the directory's own
 * triggers, as for a service added on its pages. A batch whose last service is there is
 * skipped.
 */
@Component
class DirectorySyntheticData implements SyntheticData {

	static final int BATCH = 10_000;

	/**
	 * Rows a service brings: itself, venue, link, phone, two days, an area, two needs.
	 */
	static final int ROWS_PER_SERVICE = 9;

	/** Generated directory records: {@code 00000000-0020-4000-80TT-<n>}, TT the table. */
	static final String PREFIX = "00000000-0020-4000-80";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DirectorySyntheticData(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String describe() {
		return "directory services";
	}

	@Override
	public long rows(DataSize size) {
		return organisations(size) + ROWS_PER_SERVICE * size.directoryServices();
	}

	static long organisations(DataSize size) {
		return Math.max(2, size.directoryServices() / 10);
	}

	/**
	 * The SQL for the identifier of generated record {@code column} of a table: 01
	 * organisation, 02 service, 03 location, 04 service at location, 05 phone, 06
	 * schedule, 07 area, 08 attribute.
	 */
	static String id(int table, String column) {
		return "('" + PREFIX + "%02x-' || lpad(to_hex(%s), 12, '0'))::uuid".formatted(table, column);
	}

	static java.util.UUID id(int table, long n) {
		return java.util.UUID.fromString(PREFIX + "%02x-%012x".formatted(table, n));
	}

	@Override
	public void generate(DataSize size, GenerationProgress progress) {
		long organisations = organisations(size);
		long services = size.directoryServices();
		if (!exists("dir_organization", id(1, organisations))) {
			transactions.executeWithoutResult(status -> progress.advance(organisations(organisations)));
		}
		var today = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
		for (long from = 1; from <= services; from += BATCH) {
			long to = Math.min(services, from + BATCH - 1);
			long first = from;
			if (exists("dir_service", id(2, to))) {
				continue;
			}
			transactions.executeWithoutResult(status -> progress.advance(services(first, to, organisations, today)));
		}
		jdbc.sql("analyze dir_service").update();
	}

	private boolean exists(String table, java.util.UUID id) {
		return jdbc.sql("select exists (select 1 from " + table + " where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private long organisations(long count) {
		return jdbc.sql("""
				insert into dir_organization (id, name, description, website)
				select %s,
				       (array['Lantern','Harbour','Compass','Anchor','Beacon','Horizon','Willow','Hearth','Kindred',
				              'Keystone','Meadow','Bridgeway'])[1 + n %% 12]
				       || ' ' || (array['Family Trust','Families Project','Support Network','Community Project',
				                        'Youth Project','Families Charity'])[1 + (n / 12) %% 6] || ' ' || n,
				       'A generated charity that supports families affected by imprisonment (synthetic data).',
				       'https://example.org/generated/organisation-' || n
				from generate_series(1, :count) n
				on conflict do nothing
				""".formatted(id(1, "n"))).param("count", count).update();
	}

	/** Services {@code from} to {@code to} and what belongs to them; the rows written. */
	private long services(long from, long to, long organisations, LocalDate today) {
		long rows = jdbc
			.sql("""
					with term as (select name, description, row_number() over (order by code) - 1 as r from dir_taxonomy_term),
					     kind as (select k, row_number() over () - 1 as r
					              from unnest(array['drop-in','support group','advice sessions','helpline','one-to-one support',
					                                'family days','workshops','outreach']) k)
					insert into dir_service (id, organization_id, name, description, url, email, status, fees, minimum_age,
					                         maximum_age, eligibility_description, last_checked_on, last_checked_by)
					select %s, %s,
					       t1.name || ': ' || kind.k || ' ' || n,
					       'A generated service (synthetic data) offering ' || kind.k || ' about ' || lower(t1.name)
					         || ' and ' || lower(t2.name) || ' for families affected by imprisonment. ' || t1.description,
					       'https://example.org/generated/service-' || n, 'service-' || n || '@example.org',
					       case when n %% 50 = 0 then 'inactive' else 'active' end,
					       case when n %% 7 = 0 then 'A small charge for some sessions' else 'Free' end,
					       case when n %% 3 = 0 then n %% 12 end, case when n %% 3 = 0 then 11 + n %% 60 end,
					       'Families and friends of people in prison (generated).',
					       cast(:today as date) - cast(n %% 700 as integer), 'Synthetic data'
					from generate_series(cast(:from as bigint), :to) n
					join term t1 on t1.r = n %% 15
					join term t2 on t2.r = (n * 7 + 3) %% 15
					join kind on kind.r = (n / 15) %% 8
					"""
				.formatted(id(2, "n"), id(1, "1 + n % " + organisations)))
			.param("from", from)
			.param("to", to)
			.param("today", today)
			.update();
		rows += jdbc.sql("""
				with place as (select name, county, row_number() over (order by name, id) - 1 as r,
				                      count(*) over () as places from identity_locality)
				insert into dir_location (id, location_type, name, description, address_1, city, region, postal_code,
				                          latitude, longitude)
				select %s, 'physical', 'Generated venue ' || n, 'Community rooms (synthetic data)',
				       (1 + n %% 200) || ' ' || (array['Mill','Station','Church','Park','Orchard','Market'])[1 + n %% 6]
				         || ' ' || (array['Road','Lane','Street','Close'])[1 + (n / 6) %% 4],
				       place.name, place.county,
				       'ZZ' || (1 + n %% 98) || ' ' || (n %% 10) || chr(65 + cast(n / 10 %% 26 as integer))
				         || chr(65 + cast(n / 260 %% 26 as integer)),
				       round(cast(50.9 + (n * 37 %% 2500) / 1000.0 as numeric), 6),
				       round(cast(-2.8 + (n * 53 %% 3000) / 1000.0 as numeric), 6)
				from generate_series(cast(:from as bigint), :to) n
				join place on place.r = n %% place.places
				""".formatted(id(3, "n"))).param("from", from).param("to", to).update();
		rows += jdbc.sql("""
				insert into dir_service_at_location (id, service_id, location_id)
				select %s, %s, %s from generate_series(cast(:from as bigint), :to) n
				""".formatted(id(4, "n"), id(2, "n"), id(3, "n"))).param("from", from).param("to", to).update();
		rows += jdbc.sql("""
				insert into dir_phone (id, service_id, number, description)
				select %s, %s, '01632 960' || lpad(cast(n %% 1000 as text), 3, '0'), 'Generated number (not in use)'
				from generate_series(cast(:from as bigint), :to) n
				""".formatted(id(5, "n"), id(2, "n"))).param("from", from).param("to", to).update();
		rows += jdbc.sql("""
				insert into dir_schedule (id, service_id, byday, opens_at, closes_at, description)
				select %s, %s, (array['MO','TU','WE','TH','FR','SA','SU'])[1 + (n + d * 3) %% 7],
				       case when n %% 2 = 0 then time '09:00' else time '10:00' end,
				       case when n %% 2 = 0 then time '17:00' else time '15:30' end, null
				from generate_series(cast(:from as bigint), :to) n, generate_series(0, 1) d
				""".formatted(id(6, "2 * n + d"), id(2, "n"))).param("from", from).param("to", to).update();
		rows += jdbc
			.sql("""
					with place as (select id, name, county, row_number() over (order by name, id) - 1 as r,
					                      count(*) over () as places from identity_locality)
					insert into dir_service_area (id, service_id, name, locality_id, county)
					select %s, %s,
					       case when n %% 500 = 0 then 'England and Wales' when n %% 25 = 0 then place.county else place.name end,
					       case when n %% 25 = 0 then null else place.id end,
					       case when n %% 500 = 0 then 'National' else place.county end
					from generate_series(cast(:from as bigint), :to) n
					join place on place.r = n %% place.places
					"""
				.formatted(id(7, "n"), id(2, "n")))
			.param("from", from)
			.param("to", to)
			.update();
		rows += jdbc.sql("""
				with term as (select id, row_number() over (order by code) - 1 as r from dir_taxonomy_term)
				insert into dir_attribute (id, link_id, taxonomy_term_id)
				select %s, %s, term.id
				from generate_series(cast(:from as bigint), :to) n
				join term on term.r in (n %% 15, (n * 7 + 3) %% 15)
				""".formatted(id(8, "2 * n + (term.r = (n * 7 + 3) % 15 and term.r <> n % 15)::int"), id(2, "n")))
			.param("from", from)
			.param("to", to)
			.update();
		return rows;
	}

}
