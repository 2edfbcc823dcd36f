package org.familymatters.bridges;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.family.internal.Families;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes what the Building Bridges tests need with the service's own code: localities of a
 * county, organisations and their users, and a family whose father is in custody at a
 * prison (HMP Bullingdon, the pilot's, unless another is given).
 */
@Component
class BridgesFixtures {

	/** HMP Bullingdon on the family module's reference list (V11), the pilot's prison. */
	static final UUID BULLINGDON = UUID.fromString("3a9e0c44-0000-4000-8000-000000000001");

	/** HMP Woodhill on the reference list: not in the pilot. */
	static final UUID WOODHILL = UUID.fromString("3a9e0c44-0000-4000-8000-000000000002");

	private final Localities localities;

	private final Organisations organisations;

	private final TestUsers users;

	private final Families families;

	private final JdbcClient jdbc;

	BridgesFixtures(Localities localities, Organisations organisations, TestUsers users, Families families,
			JdbcClient jdbc) {
		this.localities = localities;
		this.organisations = organisations;
		this.users = users;
		this.families = families;
		this.jdbc = jdbc;
	}

	static LocalDate today() {
		return LocalDate.now(ServiceTime.ZONE);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	Locality locality(String name, String county) {
		return localities.save(Locality.create(unique(name), county));
	}

	Organisation organisation(String name, OrganisationType type, UUID localityId) {
		return organisations.save(Organisation.create(unique(name), type, Sector.STATUTORY, localityId));
	}

	/** A new user of the roles, as if they had chosen their password. */
	StaffPrincipal user(UUID organisationId, Role... roles) {
		var created = users.create(organisationId, roles);
		users.passwordChosen(created.account().id());
		return users.principal(created.account().username());
	}

	/**
	 * A family of the locality, its key worker given: a father in custody at the prison
	 * (sentenced on {@code sentencedOn}, expected out in 8 weeks), a mother, and a son of
	 * 9.
	 */
	TestFamily family(UUID localityId, StaffPrincipal keyWorker, UUID prison, LocalDate sentencedOn) {
		var id = families.create(localityId, "active", keyWorker.id());
		var surname = unique("Ashdown");
		var father = families.addPerson(id, new NewPerson("Darren", surname, null, LocalDate.of(1988, 4, 2), null, null,
				"father", FamilyRole.IN_CUSTODY, null, null));
		families.addPerson(id, new NewPerson("Kerry", surname, null, LocalDate.of(1990, 7, 9), null, null, "mother",
				FamilyRole.PARENT_OR_CARER, null, null));
		families.addPerson(id, new NewPerson("Jayden", surname, null, today().minusYears(9).minusDays(10), null, null,
				"son", FamilyRole.CHILD, null, null));
		var episode = UUID.randomUUID();
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, prison_number, sentenced_on, expected_release_on)
				values (:id, :person, :prison, 'A1234BC', :sentenced, :release)
				""")
			.param("id", episode)
			.param("person", father)
			.param("prison", prison)
			.param("sentenced", sentencedOn)
			.param("release", today().plusWeeks(8))
			.update();
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return new TestFamily(id, reference, surname, father, episode);
	}

	/** The referral of a custody episode. */
	UUID referralOf(UUID episode) {
		return jdbc.sql("select id from bridges_referral where custody_episode_id = :episode")
			.param("episode", episode)
			.query(UUID.class)
			.single();
	}

	/** The safeguarding check of a referral, if asked for. */
	UUID checkOf(UUID referral) {
		return jdbc.sql("select id from bridges_check where referral_id = :referral")
			.param("referral", referral)
			.query(UUID.class)
			.single();
	}

	/** The referral's state as "home decision / released on / follow-ups recorded". */
	String state(UUID referral) {
		return jdbc.sql("""
				select coalesce(home_decision, '-') || ' / ' || coalesce(cast(released_on as text), '-') || ' / '
				       || (select count(*) from bridges_follow_up f where f.referral_id = r.id)
				from bridges_referral r where id = :id
				""").param("id", referral).query(String.class).single();
	}

	String checkDecision(UUID check) {
		return jdbc.sql("select coalesce(decision, 'waiting') from bridges_check where id = :id")
			.param("id", check)
			.query(String.class)
			.single();
	}

	/**
	 * A referral made and released straight into the database, its key worker's, released
	 * on {@code releasedOn}.
	 */
	UUID released(TestFamily family, StaffPrincipal worker, LocalDate referredOn, LocalDate releasedOn) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into bridges_referral (id, family_id, custody_episode_id, person_id, pilot_id, referred_by,
				                              referred_at, referred_on, accommodation, released_on)
				values (:id, :family, :episode, :person, 'bb000000-0000-4000-8000-000000000001', :by, now(), :on,
				        'family_home', :released)
				""")
			.param("id", id)
			.param("family", family.id())
			.param("episode", family.episode())
			.param("person", family.father())
			.param("by", worker.id())
			.param("on", referredOn)
			.param("released", releasedOn)
			.update();
		return id;
	}

	/**
	 * A referral for the report, straight into the database: a new custody episode of the
	 * family's father, referred on a day, with the family home's decision (null for
	 * none), the accommodation on release (null before release) and the 4-week outcome
	 * (null for none).
	 */
	void reported(TestFamily family, StaffPrincipal worker, LocalDate referredOn, String home, String accommodation,
			String fourWeeks) {
		var episode = UUID.randomUUID();
		jdbc.sql("insert into custody_episode (id, person_id, prison_id) values (:id, :person, :prison)")
			.param("id", episode)
			.param("person", family.father())
			.param("prison", BULLINGDON)
			.update();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into bridges_referral (id, family_id, custody_episode_id, person_id, pilot_id, referred_by,
				                              referred_at, referred_on, home_decision, home_reason, accommodation,
				                              released_on)
				values (:id, :family, :episode, :person, 'bb000000-0000-4000-8000-000000000001', :by, now(), :on,
				        cast(:home as text), case when cast(:home as text) is null then null else 'a reason' end,
				        cast(:accommodation as text),
				        case when cast(:accommodation as text) is null then null else cast(:on as date) + 60 end)
				""")
			.param("id", id)
			.param("family", family.id())
			.param("episode", episode)
			.param("person", family.father())
			.param("by", worker.id())
			.param("on", referredOn)
			.param("home", home)
			.param("accommodation", accommodation)
			.update();
		if (fourWeeks != null) {
			jdbc.sql("""
					insert into bridges_follow_up (referral_id, point, outcome, known_on, recorded_by, recorded_at)
					values (:id, 'four_weeks', :outcome, cast(:on as date) + 90, :by, now())
					""")
				.param("id", id)
				.param("outcome", fourWeeks)
				.param("on", referredOn)
				.param("by", worker.id())
				.update();
		}
	}

	/** The family's audit events of an action, as "who OUTCOME BASIS reference". */
	List<String> auditFor(UUID familyId, String action) {
		return jdbc.sql("""
				select actor_username || ' ' || outcome || ' ' || basis || ' ' || coalesce(basis_reference, '')
				from audit_event where record_type = 'family' and record_id = :id and action = :action
				order by id
				""").param("id", familyId.toString()).param("action", action).query(String.class).list();
	}

	record TestFamily(UUID id, String reference, String surname, UUID father, UUID episode) {
	}

}
