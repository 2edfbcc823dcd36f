package org.familymatters.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.UserAdministration;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Demo users, and fresh users for tests that change them. */
@Component
public class TestUsers {

	public static final String DEMO_PASSWORD = "family-matters-demo";

	private static final AtomicInteger counter = new AtomicInteger();

	private final UserDetailsService users;

	private final UserAdministration administration;

	private final Organisations organisations;

	TestUsers(UserDetailsService users, UserAdministration administration, Organisations organisations) {
		this.users = users;
		this.administration = administration;
		this.organisations = organisations;
	}

	/** The demo user who holds a role. */
	public static String demoUsername(Role role) {
		return switch (role) {
			case VOLUNTEER -> "demo-volunteer";
			case COURT_DESK_COORDINATOR -> "demo-coordinator";
			case SUPPORT_WORKER -> "demo-support";
			case AGENCY_PRACTITIONER -> "demo-practitioner";
			case SAFEGUARDING_LEAD -> "demo-safeguarding";
			case TRAINING_COORDINATOR -> "demo-trainer";
			case MANAGER -> "demo-manager";
			case ADMINISTRATOR -> "demo-admin";
		};
	}

	public StaffPrincipal principal(String username) {
		return (StaffPrincipal) users.loadUserByUsername(username);
	}

	/** Signs a MockMvc request in as the demo user of a role. */
	public RequestPostProcessor as(Role role) {
		return user(principal(demoUsername(role)));
	}

	/** A new user with a one-time password, in the first organisation. */
	public UserAdministration.NewUser create(Role... roles) {
		var organisation = organisations.findAllOrdered().get(0).id();
		return create(organisation, roles);
	}

	public UserAdministration.NewUser create(UUID organisation, Role... roles) {
		var username = "test-user-" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return administration.create(username, "Test user " + counter.get(), null, organisation, List.of(roles));
	}

}
