package org.familymatters.school;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Makes what the school tests need with the service's own code: a locality with its
 * support worker, schools each with a designated contact who has an e-mail address, a
 * family whose two children go to the schools given, and consent that covers a school.
 */
@Component
class SchoolFixtures {

	private final Localities localities;

	private final Organisations organisations;

	private final TestUsers users;

	private final Families families;

	private final Consents consents;

	private final JdbcClient jdbc;

	SchoolFixtures(Localities localities, Organisations organisations, TestUsers users, Families families,
			Consents consents, JdbcClient jdbc) {
		this.localities = localities;
		this.organisations = organisations;
		this.users = users;
		this.families = families;
		this.consents = consents;
		this.jdbc = jdbc;
	}

	static LocalDate today() {
		return LocalDate.now(ServiceTime.ZONE);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	Locality locality(String name) {
		return localities.save(Locality.create(unique(name), "Oxfordshire"));
	}

	Organisation organisation(String name, OrganisationType type, UUID localityId) {
		return organisations.save(Organisation.create(unique(name), type, Sector.STATUTORY, localityId));
	}

	/**
	 * A new user of the roles, with an e-mail address, as if they had chosen their
	 * password.
	 */
	Staff user(UUID organisationId, Role... roles) {
		var created = users.create(organisationId, roles);
		users.passwordChosen(created.account().id());
		var email = "school-" + UUID.randomUUID() + "@example.org";
		jdbc.sql("update user_account set email = :email where id = :id")
			.param("email", email)
			.param("id", created.account().id())
			.update();
		return new Staff(users.principal(created.account().username()), email);
	}

	/** A school of the locality whose designated contact is a new agency practitioner. */
	School school(String name, UUID localityId) {
		var school = organisation(name, OrganisationType.SCHOOL, localityId);
		var contact = user(school.id(), Role.AGENCY_PRACTITIONER);
		jdbc.sql("""
				insert into school_contact (school_id, user_id, set_by)
				values (:school, :user, (select id from user_account where username = 'demo-admin'))
				""").param("school", school.id()).param("user", contact.principal().id()).update();
		return new School(school.id(), school.name(), contact);
	}

	/**
	 * A family of the locality, its key worker the support worker: a father in custody, a
	 * mother, a son at one school (Year 5) and a daughter at another (Year 9).
	 */
	TestFamily family(UUID localityId, StaffPrincipal keyWorker, UUID school, UUID otherSchool) {
		var id = families.create(localityId, "active", null);
		var surname = unique("Whitlock");
		var father = families.addPerson(id, new NewPerson("Darren", surname, null, LocalDate.of(1988, 4, 2), null, null,
				"father", FamilyRole.IN_CUSTODY, null, null));
		var mother = families.addPerson(id, new NewPerson("Kerry", surname, null, LocalDate.of(1990, 7, 9),
				"07700 900123", "kerry@example.org", "mother", FamilyRole.PARENT_OR_CARER, null, null));
		var child = families.addPerson(id, new NewPerson("Jayden", surname, null, LocalDate.of(2016, 1, 20), null, null,
				"son", FamilyRole.CHILD, school, "Year 5"));
		var otherChild = families.addPerson(id, new NewPerson("Mia", surname, null, LocalDate.of(2012, 11, 3), null,
				null, "daughter", FamilyRole.CHILD, otherSchool, "Year 9"));
		jdbc.sql("update family set key_worker_id = :worker where id = :id")
			.param("worker", keyWorker.id())
			.param("id", id)
			.update();
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return new TestFamily(id, reference, surname, father, mother, child, otherChild);
	}

	/**
	 * Consent from the mother to share who they are with the organisations, for six
	 * months.
	 */
	UUID consent(StaffPrincipal supportWorker, TestFamily family, Set<UUID> organisations) {
		return as(supportWorker,
				() -> consents.record(families.subject(family.id()).orElseThrow(),
						new Consents.NewConsent(family.mother(), ConsentMethod.SIGNED_FORM, null, today().minusDays(2),
								"Support for the children at school", EnumSet.of(InformationKind.IDENTITY),
								organisations, Set.of(), today().plusMonths(6))));
	}

	/** The family's audit events of an action, as "who OUTCOME BASIS reference". */
	List<String> auditFor(UUID familyId, String action) {
		return jdbc.sql("""
				select actor_username || ' ' || outcome || ' ' || basis || ' ' || coalesce(basis_reference, '')
				from audit_event where record_type = 'family' and record_id = :id and action = :action
				order by id
				""").param("id", familyId.toString()).param("action", action).query(String.class).list();
	}

	/**
	 * The pupil's notifications: "open" or "ended", with "told" once the school was told
	 * it left.
	 */
	List<String> notifications(UUID personId) {
		return jdbc.sql("""
				select case when ended_at is null then 'open' else 'ended' end
				       || case when left_told_at is not null then ' told' else '' end
				from school_notification where person_id = :person order by notified_at
				""").param("person", personId).query(String.class).list();
	}

	UUID openNotification(UUID personId) {
		return jdbc.sql("select id from school_notification where person_id = :person and ended_at is null")
			.param("person", personId)
			.query(UUID.class)
			.single();
	}

	/**
	 * How many e-mails of a kind were recorded as sent about the pupil's notifications.
	 */
	long mailed(UUID personId, String kind) {
		return jdbc.sql("""
				select count(*) from school_mail m join school_notification n on n.id = m.notification_id
				where n.person_id = :person and m.kind = :kind
				""").param("person", personId).param("kind", kind).query(Long.class).single();
	}

	<T> T as(StaffPrincipal user, Supplier<T> work) {
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

	record Staff(StaffPrincipal principal, String email) {
	}

	record School(UUID id, String name, Staff contact) {
	}

	record TestFamily(UUID id, String reference, String surname, UUID father, UUID mother, UUID child,
			UUID otherChild) {
	}

}
