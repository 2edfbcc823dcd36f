package org.familymatters.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccounts;
import org.familymatters.identity.internal.RoleGrants;
import org.familymatters.identity.internal.UserAdministration;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Demo users, and fresh users for tests that change them. A fresh user gets their roles
 * as the service gives them: a role that sees families' records asked for by the demo
 * administrator and approved by the second demo administrator.
 */
@Component
public class TestUsers {

	public static final String DEMO_PASSWORD = "family-matters-demo";

	/** The second demo administrator, who approves what the first asks for. */
	public static final String SECOND_ADMINISTRATOR = "demo-admin-2";

	private static final AtomicInteger counter = new AtomicInteger();

	private final UserDetailsService users;

	private final UserAdministration administration;

	private final Organisations organisations;

	private final RoleGrants grants;

	private final UserAccounts accounts;

	TestUsers(UserDetailsService users, UserAdministration administration, Organisations organisations,
			RoleGrants grants, UserAccounts accounts) {
		this.users = users;
		this.administration = administration;
		this.organisations = organisations;
		this.grants = grants;
		this.accounts = accounts;
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
			case DATA_PROTECTION_OFFICER -> "demo-dpo";
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

	/**
	 * Marks a new user as having chosen their own password (the one-time password stays
	 * their password), as if they had signed in and changed it: nothing forces them to
	 * the password page, and their API tokens work.
	 */
	public void passwordChosen(UUID userId) {
		var account = accounts.findById(userId).orElseThrow();
		accounts.save(account.withPassword(account.passwordHash(), java.time.Instant.now()));
	}

	public UserAdministration.NewUser create(UUID organisation, Role... roles) {
		var username = "test-user-" + counter.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
		var created = administration.create(username, "Test user " + counter.get(), null, organisation, List.of(roles),
				principal(demoUsername(Role.ADMINISTRATOR)).id());
		if (created.awaitingApproval().isEmpty()) {
			return created;
		}
		var approver = principal(SECOND_ADMINISTRATOR).id();
		grants.pendingFor(created.account().id())
			.forEach(grant -> grants.approve(created.account().id(), grant.id(), approver));
		return new UserAdministration.NewUser(accounts.findById(created.account().id()).orElseThrow(),
				created.oneTimePassword(), java.util.Set.of());
	}

}
