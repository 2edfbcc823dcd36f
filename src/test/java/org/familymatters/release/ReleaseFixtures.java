package org.familymatters.release;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.family.internal.Families;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the release planning tests need: a family of the plan tests (a parent, a child, an
 * open support plan with a goal) with a father in custody and his custody episode,
 * consent for an agency; and, for the role matrix, a release plan of fixed ids in the
 * demo family.
 */
@Component
public class ReleaseFixtures {

	/** A custody episode of the demo family's father, due for release in eight weeks. */
	public static final String ROLE_MATRIX_EPISODE = "fa000000-0000-4000-8000-000000000361";

	static final String ROLE_MATRIX_PLAN = "fa000000-0000-4000-8000-000000000362";

	private static final String DEMO_FAMILY = "fa000000-0000-4000-8000-000000000001";

	private static final String DEMO_FATHER = "fa000000-0000-4000-8000-000000000101";

	private final PlanFixtures plans;

	private final Families families;

	private final Consents consents;

	private final JdbcClient jdbc;

	ReleaseFixtures(PlanFixtures plans, Families families, Consents consents, JdbcClient jdbc) {
		this.plans = plans;
		this.families = families;
		this.consents = consents;
		this.jdbc = jdbc;
	}

	/** The father of the family, in custody. */
	UUID father(UUID familyId) {
		return families.addPerson(familyId, new NewPerson("Darren", PlanFixtures.unique("Whitlock"), null,
				LocalDate.of(1988, 4, 2), null, null, "father", FamilyRole.IN_CUSTODY, null, null));
	}

	/**
	 * A custody episode of the person, sentenced half a year ago, expected to end on
	 * {@code release} (null for not known), released on {@code releasedOn} (null while in
	 * custody).
	 */
	UUID episode(UUID personId, LocalDate release, LocalDate releasedOn) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, prison_number, sentenced_on, sentence,
				                             expected_release_on, released_on)
				values (:id, :person, '3a9e0c44-0000-4000-8000-000000000001', 'A1234BC', :sentenced, '2 years',
				        :release, :released)
				""")
			.param("id", id)
			.param("person", personId)
			.param("sentenced", PlanFixtures.today().minusMonths(6))
			.param("release", release)
			.param("released", releasedOn)
			.update();
		return id;
	}

	/**
	 * Consent from the person to the organisation for these kinds, recorded by the
	 * worker.
	 */
	UUID consent(StaffPrincipal supportWorker, UUID familyId, UUID giver, Set<InformationKind> kinds,
			UUID organisation) {
		return plans.as(supportWorker,
				() -> consents.record(families.subject(familyId).orElseThrow(),
						new Consents.NewConsent(giver, ConsentMethod.SIGNED_FORM, null,
								PlanFixtures.today().minusDays(3), "Planning the release", kinds, Set.of(organisation),
								Set.of(), PlanFixtures.today().plusMonths(6))));
	}

	/** The release plan's version, or -1 when none was started. */
	long version(UUID episodeId) {
		return jdbc.sql("select version from release_plan where episode_id = :episode")
			.param("episode", episodeId)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/** A column of the episode's release plan, as text. */
	String column(UUID episodeId, String column) {
		return jdbc.sql("select cast(" + column + " as text) from release_plan where episode_id = :episode")
			.param("episode", episodeId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * For the role matrix: a custody episode of the demo family's father due in eight
	 * weeks, and its release plan, with fixed ids (once).
	 */
	public void roleMatrixPlan() {
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_number, sentenced_on, sentence, expected_release_on)
				select cast(:id as uuid), cast(:person as uuid), 'A0000RM', :sentenced, '1 year (role matrix)', :release
				where exists (select 1 from person where id = cast(:person as uuid))
				on conflict (id) do nothing
				""")
			.param("id", ROLE_MATRIX_EPISODE)
			.param("person", DEMO_FATHER)
			.param("sentenced", PlanFixtures.today().minusMonths(10))
			.param("release", PlanFixtures.today().plusWeeks(8))
			.update();
		jdbc.sql("""
				insert into release_plan (id, episode_id, family_id, person_id, started_on, started_by)
				select cast(:id as uuid), cast(:episode as uuid), cast(:family as uuid), cast(:person as uuid), :today,
				       (select id from user_account where username = 'demo-support')
				where exists (select 1 from custody_episode where id = cast(:episode as uuid))
				on conflict (id) do nothing
				""")
			.param("id", ROLE_MATRIX_PLAN)
			.param("episode", ROLE_MATRIX_EPISODE)
			.param("family", DEMO_FAMILY)
			.param("person", DEMO_FATHER)
			.param("today", PlanFixtures.today())
			.update();
	}

}
