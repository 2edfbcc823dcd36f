package org.familymatters.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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
import org.familymatters.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes what the outcomes tests need before the support worker's pages exist: a locality
 * of its own (so that a test counts only its own families), a support worker there,
 * families made with the family module's own code, and assessments with their scores and
 * plans (open or closed) written straight into the plan tables.
 */
@Component
public class OutcomeFixtures {

	/** The first need areas of the V47 migration. */
	public static final UUID MONEY = UUID.fromString("7d1a0000-0000-4000-8000-000000000001");

	public static final UUID HOUSING = UUID.fromString("7d1a0000-0000-4000-8000-000000000002");

	public static final UUID EDUCATION = UUID.fromString("7d1a0000-0000-4000-8000-000000000008");

	private static final AtomicLong counter = new AtomicLong();

	private final JdbcClient jdbc;

	private final Families families;

	private final Localities localities;

	private final Organisations organisations;

	private final TestUsers users;

	OutcomeFixtures(JdbcClient jdbc, Families families, Localities localities, Organisations organisations,
			TestUsers users) {
		this.jdbc = jdbc;
		this.families = families;
		this.localities = localities;
		this.organisations = organisations;
		this.users = users;
	}

	private static String unique(String name) {
		return name + " " + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	/** A locality of the test's own. */
	public Locality locality(String name) {
		return localities.save(Locality.create(unique(name), "Oxfordshire"));
	}

	/** A support worker of an organisation in the locality, who has chosen a password. */
	public StaffPrincipal supportWorker(UUID localityId) {
		var organisation = organisations.save(Organisation.create(unique("Family support"), OrganisationType.VOLUNTARY,
				Sector.VOLUNTARY, localityId));
		var created = users.create(organisation.id(), Role.SUPPORT_WORKER);
		users.passwordChosen(created.account().id());
		return users.principal(created.account().username());
	}

	/** A family in the locality: a father in custody, a mother and a child. */
	public TestFamily family(UUID localityId) {
		var id = families.create(localityId, "active", null);
		var father = families.addPerson(id, new NewPerson("Darren", unique("Whitlock"), null, LocalDate.of(1988, 4, 2),
				null, null, "father", FamilyRole.IN_CUSTODY, null, null));
		var mother = families.addPerson(id, new NewPerson("Kerry", "Whitlock", null, LocalDate.of(1990, 7, 9), null,
				null, "mother", FamilyRole.PARENT_OR_CARER, null, null));
		var child = families.addPerson(id, new NewPerson("Jayden", "Whitlock", null, LocalDate.of(2016, 1, 20), null,
				null, "son", FamilyRole.CHILD, null, null));
		return new TestFamily(id, localityId, father, mother, child);
	}

	/**
	 * An assessment of the family (person null) or of one of its people, with a score per
	 * need area.
	 */
	public UUID assessment(TestFamily family, UUID personId, LocalDate on, String kind, StaffPrincipal by,
			Map<UUID, Integer> scores) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_assessment (id, family_id, person_id, assessed_on, kind, assessed_by, created_at)
				values (:id, :family, :person, :on, :kind, :by, :created)
				""")
			.param("id", id)
			.param("family", family.id())
			.param("person", personId)
			.param("on", on)
			.param("kind", kind)
			.param("by", by.id())
			// Recorded in the order made, whatever the day assessed.
			.param("created", OffsetDateTime.now(ZoneOffset.UTC).plusNanos(counter.incrementAndGet() * 1000))
			.update();
		scores.forEach((area, score) -> jdbc.sql("""
				insert into plan_assessment_score (assessment_id, need_area_id, score, note, family_view)
				values (:assessment, :area, :score, 'A note', 'In our words')
				""").param("assessment", id).param("area", area).param("score", score).update());
		return id;
	}

	/** An open plan, started on a day. */
	public UUID openPlan(TestFamily family, LocalDate startedOn, StaffPrincipal by) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_support_plan (id, family_id, locality_id, started_on, created_by)
				values (:id, :family, :locality, :started, :by)
				""")
			.param("id", id)
			.param("family", family.id())
			.param("locality", family.localityId())
			.param("started", startedOn)
			.param("by", by.id())
			.update();
		return id;
	}

	/** A plan closed on a day, with its closing assessment (which may be null). */
	public UUID closedPlan(TestFamily family, LocalDate startedOn, LocalDate closedOn, UUID closingAssessment,
			StaffPrincipal by) {
		var id = openPlan(family, startedOn, by);
		jdbc.sql("""
				update plan_support_plan set status = 'closed', closed_on = :closed, closed_reason = 'Goals met',
				       closing_assessment_id = :closing, next_review_on = null
				where id = :id
				""").param("id", id).param("closed", closedOn).param("closing", closingAssessment).update();
		return id;
	}

	/**
	 * A family with a first assessment and a closing one, its plan closed on a day: each
	 * score pair is (first, closing).
	 */
	public TestFamily closedWith(UUID localityId, LocalDate closedOn, StaffPrincipal by,
			Map<UUID, int[]> firstAndClosing) {
		var family = family(localityId);
		var first = new java.util.HashMap<UUID, Integer>();
		var closing = new java.util.HashMap<UUID, Integer>();
		firstAndClosing.forEach((area, pair) -> {
			first.put(area, pair[0]);
			closing.put(area, pair[1]);
		});
		var startedOn = closedOn.minusMonths(6);
		assessment(family, null, startedOn, "first", by, first);
		var closingId = assessment(family, null, closedOn, "closing", by, closing);
		closedPlan(family, startedOn, closedOn, closingId, by);
		return family;
	}

	/** How many audit events of an action the user left. */
	public long audited(StaffPrincipal user, String action) {
		return jdbc.sql("select count(*) from audit_event where actor_username = :user and action = :action")
			.param("user", user.getUsername())
			.param("action", action)
			.query(Long.class)
			.single();
	}

	/** A family as these tests make it. */
	public record TestFamily(UUID id, UUID localityId, UUID father, UUID mother, UUID child) {
	}

}
