package org.familymatters.directory.internal;

import org.familymatters.shared.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: a local weekend group in Banbury, so that the directory's filters for place,
 * age and weekends can be tried. Marked as a demo in its name; added once.
 */
@Component
@Order(10)
class DirectoryDemoData implements ApplicationRunner {

	static final String ORGANIZATION = "de000000-0000-4000-8000-000000000001";

	static final String SERVICE = "de000000-0000-4000-8000-000000000101";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	DirectoryDemoData(JdbcClient jdbc, DemoMode demoMode) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || jdbc.sql("select count(*) from dir_service where id = cast(:id as uuid)")
			.param("id", SERVICE)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		jdbc.sql("""
				insert into dir_organization (id, name, description)
				values (cast(:id as uuid), 'Banbury families group (demo)',
				        'A demo organisation, so that the directory can be tried. It does not exist.')
				""").param("id", ORGANIZATION).update();
		jdbc.sql(
				"""
						insert into dir_service (id, organization_id, name, description, status, fees, minimum_age, maximum_age,
						                         eligibility_description, last_checked_on, last_checked_by)
						values (cast(:id as uuid), cast(:organization as uuid), 'Saturday club for children with a parent in prison (demo)',
						        'A demo service: a Saturday morning club where children with a family member in prison play, talk and meet others who understand.',
						        'active', 'Free', 5, 16, 'Children aged 5 to 16 with a family member in prison, and their carers.',
						        current_date, 'demo mode')
						""")
			.param("id", SERVICE)
			.param("organization", ORGANIZATION)
			.update();
		jdbc.sql("""
				insert into dir_location (id, location_type, name, description)
				values ('de000000-0000-4000-8000-000000000201', 'physical', 'Banbury (demo venue)', 'A demo venue.')
				""").update();
		jdbc.sql(
				"""
						insert into dir_service_at_location (id, service_id, location_id)
						values ('de000000-0000-4000-8000-000000000301', cast(:id as uuid), 'de000000-0000-4000-8000-000000000201')
						""")
			.param("id", SERVICE)
			.update();
		jdbc.sql(
				"""
						insert into dir_schedule (id, service_id, byday, opens_at, closes_at, description)
						values ('de000000-0000-4000-8000-000000000401', cast(:id as uuid), 'SA', '10:00', '12:00', 'Every Saturday morning')
						""")
			.param("id", SERVICE)
			.update();
		jdbc.sql("""
				insert into dir_service_area (id, service_id, name, locality_id, county)
				select 'de000000-0000-4000-8000-000000000501', cast(:id as uuid), name, id, county
				from identity_locality where name = 'Banbury'
				""").param("id", SERVICE).update();
		jdbc.sql("""
				insert into dir_attribute (id, link_id, taxonomy_term_id)
				select gen_random_uuid(), cast(:id as uuid), id from dir_taxonomy_term
				where code in ('children-and-young-people', 'stigma-and-isolation')
				""").param("id", SERVICE).update();
	}

}
