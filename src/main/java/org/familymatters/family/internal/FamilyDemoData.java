package org.familymatters.family.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.shared.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: two obviously made-up families in Banbury, marked "(demo)", so that the
 * family pages can be tried: the Sample family, whose father is held at HMP Bullingdon
 * and whose son goes to the demo primary school, and the Example family, a mother and her
 * daughter. Added once.
 */
@Component
@Order(20)
class FamilyDemoData implements ApplicationRunner {

	/** The Sample family (demo). */
	static final String SAMPLE_FAMILY = "fa000000-0000-4000-8000-000000000001";

	/** The Example family (demo). */
	static final String EXAMPLE_FAMILY = "fa000000-0000-4000-8000-000000000002";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Clock clock;

	FamilyDemoData(JdbcClient jdbc, DemoMode demoMode, Clock clock) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || jdbc.sql("select count(*) from family where id = cast(:id as uuid)")
			.param("id", SAMPLE_FAMILY)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		var banbury = jdbc.sql("select id from identity_locality where name = 'Banbury'").query(UUID.class).optional();
		if (banbury.isEmpty()) {
			return;
		}
		var today = LocalDate.now(clock);
		family(SAMPLE_FAMILY, banbury.get(), "in_custody", "1 Example Road (demo)", "OX16 9ZZ");
		family(EXAMPLE_FAMILY, banbury.get(), "sentenced", "2 Example Road (demo)", "OX16 9ZY");
		person("fa000000-0000-4000-8000-000000000101", SAMPLE_FAMILY, "Jordan", "Sample (demo)", "1988-04-02",
				"in_custody", "Father");
		person("fa000000-0000-4000-8000-000000000102", SAMPLE_FAMILY, "Casey", "Sample (demo)", "1990-09-15",
				"parent_or_carer", "Mother");
		person("fa000000-0000-4000-8000-000000000103", SAMPLE_FAMILY, "Riley", "Sample (demo)", "2017-01-20", "child",
				"Son");
		jdbc.sql("""
				update person set school_id = (select id from identity_organisation
				                               where name = 'Banbury primary school (demo)'),
				                  school_year = 'Year 4'
				where id = 'fa000000-0000-4000-8000-000000000103'
				""").update();
		person("fa000000-0000-4000-8000-000000000201", EXAMPLE_FAMILY, "Morgan", "Example (demo)", "1985-06-30",
				"parent_or_carer", "Mother");
		person("fa000000-0000-4000-8000-000000000202", EXAMPLE_FAMILY, "Taylor", "Example (demo)", "2014-11-05",
				"child", "Daughter");
		jdbc.sql(
				"""
						insert into custody_episode (id, person_id, prison_id, prison_number, remanded_on, sentenced_on, sentence,
						                             expected_release_on)
						values ('fa000000-0000-4000-8000-000000000301', 'fa000000-0000-4000-8000-000000000101',
						        (select id from prison where name = 'HMP Bullingdon'), 'A0000AA', :remanded, :sentenced,
						        '3 years (demo)', :release)
						""")
			.param("remanded", today.minusDays(400))
			.param("sentenced", today.minusDays(300))
			.param("release", today.plusDays(250))
			.update();
		jdbc.sql("""
				insert into timeline_entry (id, family_id, kind, about_children, occurred_at, summary)
				values ('fa000000-0000-4000-8000-000000000401', cast(:family as uuid), 'note', true, :at,
				        'A demo note: Riley would like to write to his dad; the school knows and is supportive.')
				""")
			.param("family", SAMPLE_FAMILY)
			.param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
			.update();
	}

	private void family(String id, UUID locality, String stage, String address, String postcode) {
		jdbc.sql("""
				insert into family (id, locality_id, status, journey_stage, address_line_1, town, postcode)
				values (cast(:id as uuid), :locality, 'active', :stage, :address, 'Banbury', :postcode)
				""")
			.param("id", id)
			.param("locality", locality)
			.param("stage", stage)
			.param("address", address)
			.param("postcode", postcode)
			.update();
	}

	private void person(String id, String family, String given, String familyName, String born, String role,
			String relationship) {
		jdbc.sql(
				"""
						insert into person (id, family_id, given_name, family_name, date_of_birth, role, relationship)
						values (cast(:id as uuid), cast(:family as uuid), :given, :familyName, cast(:born as date), :role, :relationship)
						""")
			.param("id", id)
			.param("family", family)
			.param("given", given)
			.param("familyName", familyName)
			.param("born", born)
			.param("role", role)
			.param("relationship", relationship)
			.update();
	}

}
