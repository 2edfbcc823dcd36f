package org.familymatters.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.familymatters.plan.internal.ActionAssigned;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes what the support plan tests need before the support worker's pages exist:
 * localities, organisations, users, a family with a child, its plan and a goal (with the
 * family module's own code), and actions written straight into the plan tables; and
 * publishes {@link ActionAssigned} as the plan pages will.
 */
@Component
public class PlanFixtures {

	/** The need area "Education and school attendance" of the reference data. */
	public static final UUID EDUCATION = UUID.fromString("7d1a0000-0000-4000-8000-000000000008");

	/** The need area "Housing" of the reference data. */
	public static final UUID HOUSING = UUID.fromString("7d1a0000-0000-4000-8000-000000000002");

	private final Localities localities;

	private final Organisations organisations;

	private final TestUsers users;

	private final Families families;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	PlanFixtures(Localities localities, Organisations organisations, TestUsers users, Families families,
			JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transaction) {
		this.localities = localities;
		this.organisations = organisations;
		this.users = users;
		this.families = families;
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = transaction;
	}

	public static LocalDate today() {
		return LocalDate.now(ServiceTime.ZONE);
	}

	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public Locality locality(String name) {
		return localities.save(Locality.create(unique(name), "Oxfordshire"));
	}

	public Organisation organisation(String name, OrganisationType type, UUID localityId) {
		return organisations.save(Organisation.create(unique(name), type, Sector.STATUTORY, localityId));
	}

	/** A new user of the roles, as if they had chosen their own password. */
	public StaffPrincipal user(UUID organisationId, Role... roles) {
		var created = users.create(organisationId, roles);
		users.passwordChosen(created.account().id());
		return users.principal(created.account().username());
	}

	/** Gives the user an e-mail address. */
	public String email(StaffPrincipal user) {
		var email = "plan-" + UUID.randomUUID() + "@example.org";
		jdbc.sql("update user_account set email = :email where id = :id")
			.param("email", email)
			.param("id", user.id())
			.update();
		return email;
	}

	/** Marks an organisation as no longer active. */
	public void deactivate(UUID organisationId) {
		jdbc.sql("update organisation set active = false where id = :id").param("id", organisationId).update();
	}

	/**
	 * A family of the locality with a parent and a child at a school (in Year 5), its
	 * plan started today by the support worker, and a goal in education.
	 */
	public PlanFamily family(UUID localityId, StaffPrincipal supportWorker) {
		var id = families.create(localityId, "active", null);
		var parent = families.addPerson(id, new NewPerson("Kerry", unique("Ashdown"), null, LocalDate.of(1990, 7, 9),
				"07700 900123", "kerry@example.org", "mother", FamilyRole.PARENT_OR_CARER, null, null));
		var child = families.addPerson(id, new NewPerson("Jayden", unique("Ashdown"), null, LocalDate.of(2016, 1, 20),
				null, null, "son", FamilyRole.CHILD, null, "Year 5"));
		var plan = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_support_plan (id, family_id, locality_id, started_on, created_by)
				values (:id, :family, :locality, :started, :by)
				""")
			.param("id", plan)
			.param("family", id)
			.param("locality", localityId)
			.param("started", today().minusDays(30))
			.param("by", supportWorker.id())
			.update();
		var goal = goal(plan, EDUCATION, "Goes to school every day");
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return new PlanFamily(id, reference, parent, child, plan, goal);
	}

	public UUID goal(UUID planId, UUID needAreaId, String text) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into plan_goal (id, plan_id, need_area_id, text) values (:id, :plan, :area, :text)")
			.param("id", id)
			.param("plan", planId)
			.param("area", needAreaId)
			.param("text", text)
			.update();
		return id;
	}

	/**
	 * An action of the family's plan, about its child, owned by the organisation (and the
	 * person, when given), due on a day, not started.
	 */
	public UUID action(PlanFamily family, UUID ownerOrganisation, UUID ownerUser, LocalDate dueOn) {
		return action(family, ownerOrganisation, ownerUser, dueOn, family.child());
	}

	public UUID action(PlanFamily family, UUID ownerOrganisation, UUID ownerUser, LocalDate dueOn, UUID about) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_action (id, plan_id, goal_id, family_id, description, about_person_id,
				                         owner_organisation_id, owner_user_id, due_on)
				values (:id, :plan, :goal, :family, :description, :about, :organisation, :user, :due)
				""")
			.param("id", id)
			.param("plan", family.plan())
			.param("goal", family.goal())
			.param("family", family.id())
			.param("description", "Meet the family and agree an attendance plan")
			.param("about", about)
			.param("organisation", ownerOrganisation)
			.param("user", ownerUser)
			.param("due", dueOn)
			.update();
		return id;
	}

	/** The action given to another owner, as a support worker's reassignment does. */
	public void reassign(UUID actionId, UUID ownerOrganisation, UUID ownerUser) {
		jdbc.sql("""
				update plan_action set owner_organisation_id = :organisation, owner_user_id = :user,
				       assigned_at = now(), overdue_notified_on = null, version = version + 1
				where id = :id
				""").param("organisation", ownerOrganisation).param("user", ownerUser).param("id", actionId).update();
	}

	/** Sets the action's status (a reason is given for cannot be done). */
	public void status(UUID actionId, String status) {
		jdbc.sql("""
				update plan_action set status = :status,
				       status_reason = case when :status = 'cannot_be_done' then 'The family moved away' end,
				       version = version + 1
				where id = :id
				""").param("status", status).param("id", actionId).update();
	}

	/** Publishes that the action was given to its owner now, as the plan pages do. */
	public void assigned(UUID actionId) {
		var owner = jdbc.sql("select owner_organisation_id, owner_user_id from plan_action where id = :id")
			.param("id", actionId)
			.query((rs, n) -> new ActionAssigned(actionId, rs.getObject("owner_organisation_id", UUID.class),
					rs.getObject("owner_user_id", UUID.class)))
			.single();
		transaction.executeWithoutResult(status -> events.publishEvent(owner));
	}

	/** The family's audit events of an action, as "who OUTCOME BASIS reference". */
	public List<String> auditFor(UUID familyId, String action) {
		return jdbc.sql("""
				select actor_username || ' ' || outcome || ' ' || basis || ' ' || coalesce(basis_reference, '')
				from audit_event where record_type = 'family' and record_id = :id and action = :action
				order by id
				""").param("id", familyId.toString()).param("action", action).query(String.class).list();
	}

	/** Runs as the user, then signs them out again. */
	public <T> T as(StaffPrincipal user, Supplier<T> work) {
		var before = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(before);
		}
	}

	/**
	 * A family as these tests make it, with its plan and a goal.
	 *
	 * @param id the family
	 * @param reference its reference
	 * @param parent the parent
	 * @param child the child, whom actions are about
	 * @param plan its plan
	 * @param goal the plan's goal in education
	 */
	public record PlanFamily(UUID id, String reference, UUID parent, UUID child, UUID plan, UUID goal) {
	}

}
