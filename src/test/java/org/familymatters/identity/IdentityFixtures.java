package org.familymatters.identity;

import java.util.UUID;

import org.familymatters.identity.internal.PasswordChange;
import org.familymatters.support.TestUsers;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Fresh users and organisations for identity's tests, so that they depend on no demo
 * user: each made with a unique name.
 */
@Component
class IdentityFixtures {

	/** The password a {@link #member(Role...) member} chooses. */
	static final String CHOSEN_PASSWORD = "a long password of their own";

	private final TestUsers users;

	private final PasswordChange passwordChange;

	private final Organisations organisations;

	IdentityFixtures(TestUsers users, PasswordChange passwordChange, Organisations organisations) {
		this.users = users;
		this.passwordChange = passwordChange;
		this.organisations = organisations;
	}

	/**
	 * A new user holding these roles, as signed in after choosing their own password (so
	 * nothing sends them to the password page).
	 */
	StaffPrincipal staff(Role... roles) {
		var created = users.create(roles).account();
		users.passwordChosen(created.id());
		return users.principal(created.username());
	}

	/** Signs a MockMvc request in as this user. */
	static RequestPostProcessor as(StaffPrincipal user) {
		return SecurityMockMvcRequestPostProcessors.user(user);
	}

	/**
	 * A new user holding these roles who has chosen their own password,
	 * {@value #CHOSEN_PASSWORD}, so that they sign in through the form to their home
	 * page.
	 */
	StaffPrincipal member(Role... roles) {
		var created = users.create(roles);
		passwordChange.change(created.account().id(), created.oneTimePassword(), CHOSEN_PASSWORD).ifPresent(problem -> {
			throw new IllegalStateException("The chosen password was refused: " + problem);
		});
		return users.principal(created.account().username());
	}

	/** A new organisation with a unique name. */
	Organisation organisation() {
		return organisations
			.save(Organisation.create("Test organisation " + UUID.randomUUID().toString().substring(0, 8),
					OrganisationType.VOLUNTARY, Sector.VOLUNTARY, null));
	}

}
