package org.familymatters.network;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.family.internal.Families;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.support.TestUsers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the network tests need: a network set up by the demo manager through its page, in
 * a locality of its own, coordinated by a new support worker (with an e-mail address) of
 * an organisation of its own; other users; a family with a person of a name nobody else
 * has.
 */
@Component
public class NetworkFixtures {

	private static final SecureRandom random = new SecureRandom();

	private final PlanFixtures plans;

	private final TestUsers users;

	private final Families families;

	/** The test context's MockMvc; absent from services a test starts of its own. */
	private final ObjectProvider<MockMvc> mvc;

	NetworkFixtures(PlanFixtures plans, TestUsers users, Families families, ObjectProvider<MockMvc> mvc) {
		this.plans = plans;
		this.users = users;
		this.families = families;
		this.mvc = mvc;
	}

	/** A network set up now, with its coordinator. */
	public TestNetwork network() throws Exception {
		var locality = plans.locality("Network").id();
		var organisation = plans.organisation("Network charity", OrganisationType.VOLUNTARY, locality).id();
		var coordinator = plans.user(organisation, Role.SUPPORT_WORKER);
		var email = plans.email(coordinator);
		var name = PlanFixtures.unique("Test network");
		var location = mvc.getObject()
			.perform(post("/networks/new").with(csrf())
				.with(users.as(Role.MANAGER))
				.param("name", name)
				.param("localityId", locality.toString())
				.param("coordinatorId", coordinator.id().toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		if (location == null || !location.startsWith("/networks/")) {
			throw new IllegalStateException("The network was not set up: " + location);
		}
		return new TestNetwork(UUID.fromString(location.substring("/networks/".length())), name, locality, organisation,
				coordinator, email);
	}

	/**
	 * A new user of an organisation of their own (of the type), with an e-mail address.
	 */
	public Person person(OrganisationType type, Role role) {
		var organisation = plans.organisation("Network member org", type, null);
		var principal = plans.user(organisation.id(), role);
		return new Person(principal, plans.email(principal), organisation.name());
	}

	/** A family of the locality with one parent whose family name nobody else has. */
	public Named family(UUID localityId) {
		var id = families.create(localityId, "active", null);
		var familyName = "Q" + letters(10);
		families.addPerson(id, new NewPerson("Talulah", familyName, null, LocalDate.of(1991, 3, 4), null, null,
				"mother", FamilyRole.PARENT_OR_CARER, null, null));
		return new Named(id, "Talulah", familyName);
	}

	/** Signs a request in as the user. */
	public static org.springframework.test.web.servlet.request.RequestPostProcessor as(StaffPrincipal principal) {
		return user(principal);
	}

	private static String letters(int count) {
		var text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		return text.toString();
	}

	public record TestNetwork(UUID id, String name, UUID localityId, UUID organisationId, StaffPrincipal coordinator,
			String coordinatorEmail) {
	}

	public record Person(StaffPrincipal principal, String email, String organisationName) {

		public UUID id() {
			return principal.id();
		}

	}

	public record Named(UUID familyId, String given, String family) {
	}

}
