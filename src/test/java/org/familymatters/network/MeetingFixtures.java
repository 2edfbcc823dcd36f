package org.familymatters.network;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes what the meeting tests need, written straight into the network tables: a network
 * with its coordinator and members (each a new user with an e-mail address, in an
 * organisation of the network's locality), and meetings at given times. And, for the role
 * matrix, a network with fixed ids that the demo support worker coordinates and the demo
 * school practitioner is a member of.
 */
@Component
public class MeetingFixtures {

	/**
	 * The role matrix's network: coordinated by demo-support, demo-practitioner a member.
	 */
	public static final UUID ROLE_MATRIX_NETWORK = UUID.fromString("5e000000-0000-4000-8000-000000000001");

	/** A meeting of the role matrix's network, some weeks ahead. */
	public static final UUID ROLE_MATRIX_MEETING = UUID.fromString("5e000000-0000-4000-8000-000000000002");

	private final PlanFixtures plans;

	private final TestUsers users;

	private final JdbcClient jdbc;

	MeetingFixtures(PlanFixtures plans, TestUsers users, JdbcClient jdbc) {
		this.plans = plans;
		this.users = users;
		this.jdbc = jdbc;
	}

	/**
	 * A network of a new locality: a coordinator (a support worker) and two members (a
	 * school practitioner and a probation practitioner), each with an e-mail address; and
	 * an outsider, who is in none.
	 */
	public TestNetwork network() {
		var locality = plans.locality("Meetings").id();
		var service = plans.organisation("Family Matters meetings", OrganisationType.VOLUNTARY, locality).id();
		var school = plans.organisation("School meetings", OrganisationType.SCHOOL, locality).id();
		var probation = plans.organisation("Probation meetings", OrganisationType.PROBATION, locality).id();
		var coordinator = plans.user(service, Role.SUPPORT_WORKER);
		var teacher = plans.user(school, Role.AGENCY_PRACTITIONER);
		var officer = plans.user(probation, Role.AGENCY_PRACTITIONER);
		var outsider = plans.user(school, Role.AGENCY_PRACTITIONER);
		var id = UUID.randomUUID();
		var name = PlanFixtures.unique("Meetings network");
		jdbc.sql("""
				insert into network (id, name, locality_id, coordinator_user_id, created_by)
				values (:id, :name, :locality, :coordinator, :coordinator)
				""")
			.param("id", id)
			.param("name", name)
			.param("locality", locality)
			.param("coordinator", coordinator.id())
			.update();
		member(id, coordinator, service);
		member(id, teacher, school);
		member(id, officer, probation);
		return new TestNetwork(id, name, locality, coordinator, plans.email(coordinator), teacher, plans.email(teacher),
				officer, plans.email(officer), outsider);
	}

	/** Makes the user a current member of the network, for their organisation. */
	public void member(UUID network, StaffPrincipal user, UUID organisation) {
		jdbc.sql("""
				insert into network_member (network_id, user_id, organisation_id, backing_confirmed_on, added_by)
				values (:network, :user, :organisation, current_date, :user)
				on conflict do nothing
				""").param("network", network).param("user", user.id()).param("organisation", organisation).update();
	}

	/**
	 * A meeting of the network starting at {@code startsAt}, two hours long, in a hall.
	 */
	public UUID meeting(UUID network, Instant startsAt) {
		var id = UUID.randomUUID();
		insertMeeting(id, network, startsAt);
		return id;
	}

	/**
	 * The role matrix's network and its meeting, made once (or moved ahead again): the
	 * demo support worker coordinates it, the demo school practitioner is a member.
	 */
	public void roleMatrixNetwork() {
		var coordinator = users.principal(TestUsers.demoUsername(Role.SUPPORT_WORKER));
		var member = users.principal(TestUsers.demoUsername(Role.AGENCY_PRACTITIONER));
		jdbc.sql("""
				insert into network (id, name, locality_id, coordinator_user_id, created_by)
				select :id, 'Role matrix network (test)', l.id, :coordinator, :coordinator
				from identity_locality l order by l.name limit 1
				on conflict do nothing
				""").param("id", ROLE_MATRIX_NETWORK).param("coordinator", coordinator.id()).update();
		member(ROLE_MATRIX_NETWORK, member, member.organisationId());
		jdbc.sql("delete from network_meeting_attendance where meeting_id = :id")
			.param("id", ROLE_MATRIX_MEETING)
			.update();
		jdbc.sql("delete from network_meeting_mail where meeting_id = :id").param("id", ROLE_MATRIX_MEETING).update();
		jdbc.sql("delete from network_meeting where id = :id").param("id", ROLE_MATRIX_MEETING).update();
		insertMeeting(ROLE_MATRIX_MEETING, ROLE_MATRIX_NETWORK, Instant.now().plus(Duration.ofDays(40)));
	}

	/** Marks the meeting cancelled, as the coordinator's cancelling does. */
	public void cancelled(UUID meeting) {
		jdbc.sql("""
				update network_meeting set status = 'cancelled', sequence = sequence + 1, version = version + 1
				where id = :id
				""").param("id", meeting).update();
	}

	/** The meeting's status, sequence and version, as "scheduled 0 0". */
	public String state(UUID meeting) {
		return jdbc.sql("select status || ' ' || sequence || ' ' || version from network_meeting where id = :id")
			.param("id", meeting)
			.query(String.class)
			.single();
	}

	/**
	 * The attendance recorded of the user at the meeting: attended, apologies or none.
	 */
	public String attendance(UUID meeting, UUID user) {
		return jdbc.sql("select status from network_meeting_attendance where meeting_id = :meeting and user_id = :user")
			.param("meeting", meeting)
			.param("user", user)
			.query(String.class)
			.optional()
			.orElse("none");
	}

	/** How many meetings the network has. */
	public long meetingsOf(UUID network) {
		return jdbc.sql("select count(*) from network_meeting where network_id = :network")
			.param("network", network)
			.query(Long.class)
			.single();
	}

	private void insertMeeting(UUID id, UUID network, Instant startsAt) {
		var by = jdbc.sql("select coordinator_user_id from network where id = :id")
			.param("id", network)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into network_meeting (id, network_id, starts_at, ends_at, place, created_by)
				values (:id, :network, :starts, :ends, 'Meeting hall (test)', :by)
				""")
			.param("id", id)
			.param("network", network)
			.param("starts", Timestamp.from(startsAt))
			.param("ends", Timestamp.from(startsAt.plus(Duration.ofHours(2))))
			.param("by", by)
			.update();
	}

	/**
	 * A network as these tests make it.
	 *
	 * @param id the network
	 * @param name its name
	 * @param locality its locality
	 * @param coordinator its coordinator, a member too
	 * @param coordinatorEmail their e-mail address
	 * @param teacher a member from a school
	 * @param teacherEmail their e-mail address
	 * @param officer a member from probation
	 * @param officerEmail their e-mail address
	 * @param outsider a practitioner of the school who is not a member
	 */
	public record TestNetwork(UUID id, String name, UUID locality, StaffPrincipal coordinator, String coordinatorEmail,
			StaffPrincipal teacher, String teacherEmail, StaffPrincipal officer, String officerEmail,
			StaffPrincipal outsider) {
	}

}
