package org.familymatters.network;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.family.internal.Families;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes what the network meeting tests need: a locality with a network, its coordinator
 * (a support worker of the locality) and members from a school, probation and housing;
 * meetings (plain inserts, as the meeting pages will make them), and families with a
 * child at the school, a plan and a goal, and consent recorded by the coordinator.
 */
@Component
public class AgendaFixtures {

	private final PlanFixtures plans;

	private final Families families;

	private final Consents consents;

	private final JdbcClient jdbc;

	AgendaFixtures(PlanFixtures plans, Families families, Consents consents, JdbcClient jdbc) {
		this.plans = plans;
		this.families = families;
		this.consents = consents;
		this.jdbc = jdbc;
	}

	/** A network of a new locality, with its coordinator and three members. */
	public TestNetwork network() {
		var locality = plans.locality("Network locality").id();
		var familyMatters = plans.organisation("Family Matters network", OrganisationType.VOLUNTARY, locality).id();
		var school = plans.organisation("Primary school network", OrganisationType.SCHOOL, locality).id();
		var probation = plans.organisation("Probation network", OrganisationType.PROBATION, locality).id();
		var housing = plans.organisation("Housing network", OrganisationType.HOUSING, locality).id();
		var coordinator = plans.user(familyMatters, Role.SUPPORT_WORKER);
		var schoolMember = plans.user(school, Role.AGENCY_PRACTITIONER);
		var probationMember = plans.user(probation, Role.AGENCY_PRACTITIONER);
		var housingMember = plans.user(housing, Role.AGENCY_PRACTITIONER);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network (id, name, locality_id, coordinator_user_id, created_by)
				values (:id, :name, :locality, :coordinator, :coordinator)
				""")
			.param("id", id)
			.param("name", PlanFixtures.unique("Test network"))
			.param("locality", locality)
			.param("coordinator", coordinator.id())
			.update();
		for (var member : new StaffPrincipal[] { coordinator, schoolMember, probationMember, housingMember }) {
			member(id, member);
		}
		return new TestNetwork(id, locality, familyMatters, school, probation, housing, coordinator, schoolMember,
				probationMember, housingMember);
	}

	/** Makes the user a current member of the network, with their organisation. */
	public void member(UUID networkId, StaffPrincipal user) {
		jdbc.sql("""
				insert into network_member (network_id, user_id, organisation_id, added_by)
				values (:network, :user, :organisation, :user)
				""")
			.param("network", networkId)
			.param("user", user.id())
			.param("organisation", user.organisationId())
			.update();
	}

	/** A scheduled meeting of the network starting at a moment, two hours long. */
	public UUID meeting(UUID networkId, Instant startsAt, StaffPrincipal by) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network_meeting (id, network_id, starts_at, ends_at, place, created_by)
				values (:id, :network, :starts, :ends, 'The community centre', :by)
				""")
			.param("id", id)
			.param("network", networkId)
			.param("starts", Timestamp.from(startsAt))
			.param("ends", Timestamp.from(startsAt.plus(Duration.ofHours(2))))
			.param("by", by.id())
			.update();
		return id;
	}

	/** A meeting a week ahead. */
	public UUID nextMeeting(TestNetwork network) {
		return meeting(network.id(), Instant.now().plus(Duration.ofDays(7)), network.coordinator());
	}

	/** The meeting starts: it began an hour ago. */
	public void started(UUID meetingId) {
		jdbc.sql("""
				update network_meeting set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour'
				where id = :id
				""").param("id", meetingId).update();
	}

	/**
	 * A family of the locality: a parent and a child at the school (or none), a plan
	 * started a month ago and a goal in education.
	 */
	public TestFamily family(UUID localityId, UUID school, StaffPrincipal supportWorker) {
		var id = families.create(localityId, "active", null);
		var surname = PlanFixtures.unique("Ashdown").replace(" ", "");
		var parent = families.addPerson(id, new NewPerson("Kerry", surname, null, LocalDate.of(1990, 7, 9), null, null,
				"mother", FamilyRole.PARENT_OR_CARER, null, null));
		var child = families.addPerson(id, new NewPerson("Jayden", surname, null, LocalDate.of(2016, 1, 20), null, null,
				"son", FamilyRole.CHILD, school, "Year 5"));
		var plan = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_support_plan (id, family_id, locality_id, started_on, created_by)
				values (:id, :family, :locality, :started, :by)
				""")
			.param("id", plan)
			.param("family", id)
			.param("locality", localityId)
			.param("started", PlanFixtures.today().minusDays(30))
			.param("by", supportWorker.id())
			.update();
		var goal = plans.goal(plan, PlanFixtures.EDUCATION, "Goes to school every day");
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return new TestFamily(id, reference, surname, parent, child, goal);
	}

	/** A family with no plan, for the message that asks to start one. */
	public TestFamily familyWithoutPlan(UUID localityId) {
		var id = families.create(localityId, "active", null);
		var surname = PlanFixtures.unique("Brook").replace(" ", "");
		var parent = families.addPerson(id, new NewPerson("Sam", surname, null, LocalDate.of(1985, 3, 1), null, null,
				"father", FamilyRole.PARENT_OR_CARER, null, null));
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return new TestFamily(id, reference, surname, parent, null, null);
	}

	/** Current consent to everything, from the parent, naming the organisations. */
	public UUID consent(StaffPrincipal supportWorker, TestFamily family, Set<UUID> organisations) {
		return plans.as(supportWorker,
				() -> consents.record(families.subject(family.id()).orElseThrow(),
						new Consents.NewConsent(family.parent(), ConsentMethod.SIGNED_FORM, null,
								PlanFixtures.today().minusDays(5), "Support through the network",
								EnumSet.allOf(InformationKind.class), organisations, Set.of(),
								PlanFixtures.today().plusMonths(6))));
	}

	/**
	 * A network as these tests make it.
	 *
	 * @param coordinator a support worker of the locality's Family Matters organisation
	 */
	public record TestNetwork(UUID id, UUID locality, UUID familyMatters, UUID school, UUID probation, UUID housing,
			StaffPrincipal coordinator, StaffPrincipal schoolMember, StaffPrincipal probationMember,
			StaffPrincipal housingMember) {
	}

	/**
	 * A family as these tests make it.
	 *
	 * @param surname the family's surname, unique to it
	 * @param goal its plan's goal; null without a plan
	 */
	public record TestFamily(UUID id, String reference, String surname, UUID parent, UUID child, UUID goal) {
	}

}
