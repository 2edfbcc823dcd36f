package org.familymatters.identity.web;

import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.identity.internal.RoleGrants;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * An administrator's home page shows the roles another administrator asked for, which
 * wait for them to approve or refuse.
 */
@Component
class RoleGrantsHome implements HomeContribution {

	/** The most grants listed; the users page has them all. */
	static final int SHOWN = 5;

	private final RoleGrants grants;

	private final CurrentUser currentUser;

	RoleGrantsHome(RoleGrants grants, CurrentUser currentUser) {
		this.grants = grants;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.ADMINISTRATOR)) {
			return List.of();
		}
		var theirs = grants.pending().stream().filter(grant -> !grant.requestedById().equals(user.id())).toList();
		if (theirs.isEmpty()) {
			return List.of();
		}
		var items = theirs.stream()
			.limit(SHOWN)
			.map(grant -> new HomeSection.Item(grant.displayName() + ": " + grant.role().label(),
					"/admin/users/" + grant.userId(), "asked for by " + grant.requestedBy()))
			.toList();
		return List.of(new HomeSection("Roles waiting for your approval", theirs.size(),
				"Another administrator asked to give these roles, which see families' records.", items,
				List.of(HomeSection.Action.link("All users", "/admin/users")), 10));
	}

}
