package org.familymatters.bridges.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.consent.FamilyFacts;
import org.familymatters.shared.DemoMode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the Sample family's father (demo), held at HMP Bullingdon, referred to
 * Building Bridges by the demo support worker, with the family home's safeguarding check
 * waiting for the demo safeguarding lead. Added once, after the demo families.
 */
@Component
@Order(40)
class BridgesDemoData implements ApplicationRunner {

	/** The demo referral. */
	static final String REFERRAL = "bb000000-0000-4000-8000-000000000101";

	/** Its safeguarding check, waiting. */
	static final String CHECK = "bb000000-0000-4000-8000-000000000201";

	private static final String SAMPLE_FAMILY = "fa000000-0000-4000-8000-000000000001";

	private static final String SAMPLE_EPISODE = "fa000000-0000-4000-8000-000000000301";

	private static final String SAMPLE_FATHER = "fa000000-0000-4000-8000-000000000101";

	private static final String PILOT = "bb000000-0000-4000-8000-000000000001";

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Clock clock;

	private final FamilyFacts families;

	BridgesDemoData(JdbcClient jdbc, DemoMode demoMode, Clock clock, FamilyFacts families) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.clock = clock;
		this.families = families;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled() || jdbc.sql("select count(*) from bridges_referral where id = cast(:id as uuid)")
			.param("id", REFERRAL)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		var worker = jdbc.sql("select id from identity_user where username = 'demo-support'")
			.query(UUID.class)
			.optional();
		var banbury = jdbc.sql("select id from identity_locality where name = 'Banbury'").query(UUID.class).optional();
		if (worker.isEmpty() || banbury.isEmpty() || families.family(UUID.fromString(SAMPLE_FAMILY)).isEmpty()) {
			return;
		}
		var asked = clock.instant().minus(Duration.ofDays(2));
		int referred = jdbc.sql("""
				insert into bridges_referral (id, family_id, custody_episode_id, person_id, pilot_id, referred_by,
				                              referred_at, referred_on, family_answer, family_says)
				select cast(:id as uuid), cast(:family as uuid), cast(:episode as uuid), cast(:person as uuid),
				       cast(:pilot as uuid), :worker, :at, :on, 'yes',
				       'A demo answer: Casey would have Jordan home; Riley is looking forward to it.'
				where exists (select 1 from bridges_pilot where id = cast(:pilot as uuid))
				on conflict do nothing
				""")
			.param("id", REFERRAL)
			.param("family", SAMPLE_FAMILY)
			.param("episode", SAMPLE_EPISODE)
			.param("person", SAMPLE_FATHER)
			.param("pilot", PILOT)
			.param("worker", worker.get())
			.param("at", Timestamp.from(asked))
			.param("on", LocalDate.ofInstant(asked, clock.getZone()))
			.update();
		if (referred == 0) {
			return;
		}
		jdbc.sql("""
				insert into bridges_check (id, referral_id, family_id, locality_id, requested_by, requested_at,
				                           request_note, household)
				values (cast(:id as uuid), cast(:referral as uuid), cast(:family as uuid), :locality, :worker, :at,
				        :note, :household)
				""")
			.param("id", CHECK)
			.param("referral", REFERRAL)
			.param("family", SAMPLE_FAMILY)
			.param("locality", banbury.get())
			.param("worker", worker.get())
			.param("at", Timestamp.from(asked))
			.param("note",
					"A demo request: the mother and their son live at the family home; no concerns are known "
							+ "to the support worker. Please check with probation about licence conditions.")
			.param("household", "The person in custody (Father)\nParent or carer (Mother)\nChild (Son), of primary age")
			.update();
	}

}
