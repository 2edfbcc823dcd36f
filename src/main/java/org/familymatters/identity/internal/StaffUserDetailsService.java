package org.familymatters.identity.internal;

import org.familymatters.identity.Organisation;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccounts;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user for the sign-in form. */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final UserAccounts users;

	private final Organisations organisations;

	StaffUserDetailsService(UserAccounts users, Organisations organisations) {
		this.users = users;
		this.organisations = organisations;
	}

	@Override
	public StaffPrincipal loadUserByUsername(String username) {
		var account = users.findByUsername((username != null) ? username.strip().toLowerCase() : "")
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		var organisationName = organisations.findById(account.organisationId()).map(Organisation::name).orElse("");
		return new StaffPrincipal(account, organisationName);
	}

}
