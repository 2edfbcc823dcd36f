package org.familymatters.consent;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
import org.familymatters.consent.internal.SafeguardingRequests;
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
 * Makes what the consent and access tests need with the service's own code: localities,
 * organisations, users of a role, families with their people, consents and safeguarding
 * approvals.
 */
@Component
class ConsentFixtures {

	private static final AtomicInteger counter = new AtomicInteger();

	private final Localities localities;

	private final Organisations organisations;

	private final TestUsers users;

	private final Families families;

	private final Consents consents;

	private final SafeguardingRequests safeguarding;

	private final JdbcClient jdbc;

	ConsentFixtures(Localities localities, Organisations organisations, TestUsers users, Families families,
			Consents consents, SafeguardingRequests safeguarding, JdbcClient jdbc) {
		this.localities = localities;
		this.organisations = organisations;
		this.users = users;
		this.families = families;
		this.consents = consents;
		this.safeguarding = safeguarding;
		this.jdbc = jdbc;
	}

	static LocalDate today() {
		return LocalDate.now(ServiceTime.ZONE);
	}

	static String unique(String name) {
		return name + " " + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

	Locality locality(String name) {
		return localities.save(Locality.create(unique(name), "Oxfordshire"));
	}

	Organisation organisation(String name, OrganisationType type, UUID localityId) {
		return organisations.save(Organisation.create(unique(name), type, Sector.STATUTORY, localityId));
	}

	/** A new user of the roles, signed in as if they had chosen their own password. */
	StaffPrincipal user(UUID organisationId, Role... roles) {
		var created = users.create(organisationId, roles);
		users.passwordChosen(created.account().id());
		return users.principal(created.account().username());
	}

	/** Runs as the user, then signs them out again. */
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

	void as(StaffPrincipal user, Runnable work) {
		as(user, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * A family in a locality; each child attends the school given (either may be null).
	 */
	TestFamily family(UUID localityId, UUID school, UUID otherSchool) {
		var id = families.create(localityId, "active", null);
		var father = families.addPerson(id, new NewPerson("Darren", unique("Whitlock"), null, LocalDate.of(1988, 4, 2),
				null, null, "father", FamilyRole.IN_CUSTODY, null, null));
		var mother = families.addPerson(id, new NewPerson("Kerry", "Whitlock", null, LocalDate.of(1990, 7, 9),
				"07700 900123", "kerry@example.org", "mother", FamilyRole.PARENT_OR_CARER, null, null));
		var child = families.addPerson(id, new NewPerson("Jayden", "Whitlock", null, LocalDate.of(2016, 1, 20), null,
				null, "son", FamilyRole.CHILD, school, "Year 5"));
		var otherChild = families.addPerson(id, new NewPerson("Mia", "Whitlock", null, LocalDate.of(2012, 11, 3), null,
				null, "daughter", FamilyRole.CHILD, otherSchool, "Year 9"));
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, prison_number, sentenced_on, sentence,
				                             expected_release_on)
				values (:id, :person, '3a9e0c44-0000-4000-8000-000000000001', 'A1234BC', :sentenced, '4 years',
				        :release)
				""")
			.param("id", UUID.randomUUID())
			.param("person", father)
			.param("sentenced", today().minusMonths(6))
			.param("release", today().plusYears(1))
			.update();
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return new TestFamily(id, reference, father, mother, child, otherChild);
	}

	/** Makes the support worker the family's key worker, with an e-mail address. */
	void keyWorker(TestFamily family, StaffPrincipal supportWorker, String email) {
		jdbc.sql("update user_account set email = :email where id = :id")
			.param("email", email)
			.param("id", supportWorker.id())
			.update();
		jdbc.sql("update family set key_worker_id = :worker where id = :id")
			.param("worker", supportWorker.id())
			.param("id", family.id())
			.update();
	}

	AccessSubject subject(UUID familyId) {
		return families.subject(familyId).orElseThrow();
	}

	/**
	 * Consent from the mother, recorded by a support worker who may change the family.
	 */
	UUID consent(StaffPrincipal supportWorker, TestFamily family, Set<InformationKind> kinds, Set<UUID> organisations,
			Set<OrganisationType> types, LocalDate givenOn, LocalDate reviewOn) {
		return as(supportWorker,
				() -> consents.record(subject(family.id()),
						new Consents.NewConsent(family.mother(), ConsentMethod.SIGNED_FORM, null, givenOn,
								"Support for the children at school", kinds, organisations, types, reviewOn)));
	}

	UUID consent(StaffPrincipal supportWorker, TestFamily family, Set<UUID> organisations,
			Set<OrganisationType> types) {
		return consent(supportWorker, family, EnumSet.allOf(InformationKind.class), organisations, types,
				today().minusDays(10), today().plusMonths(6));
	}

	void withdraw(StaffPrincipal supportWorker, TestFamily family, UUID consent) {
		as(supportWorker, () -> consents.withdraw(subject(family.id()), consent, "Phoned to withdraw"));
	}

	/**
	 * A safeguarding approval until {@code endsOn}, asked for by a support worker and
	 * approved by a lead.
	 */
	UUID approvedSafeguarding(StaffPrincipal asker, StaffPrincipal lead, TestFamily family, Set<UUID> organisations,
			LocalDate endsOn) {
		var id = as(asker, () -> safeguarding.request(family.id(), "Concern for the children", organisations));
		as(lead, () -> safeguarding.approve(id, "A child may be at risk", today()));
		if (!endsOn.equals(today())) {
			jdbc.sql("update safeguarding_request set ends_on = :ends where id = :id")
				.param("ends", endsOn)
				.param("id", id)
				.update();
		}
		return id;
	}

	List<String> auditFor(UUID familyId, String action) {
		return jdbc.sql("""
				select actor_username || ' ' || outcome || ' ' || basis || ' ' || coalesce(basis_reference, '')
				from audit_event where record_type = 'family' and record_id = :id and action = :action
				order by id
				""").param("id", familyId.toString()).param("action", action).query(String.class).list();
	}

	/**
	 * A family as the tests make it: a father in custody, a mother who gives consent, two
	 * children.
	 */
	record TestFamily(UUID id, String reference, UUID father, UUID mother, UUID child, UUID otherChild) {
	}

}
