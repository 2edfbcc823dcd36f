package org.familymatters.network.web;

import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/** A manager's home page leads to the networks' activity. */
@Component
class NetworkActivityHome implements HomeContribution {

	private final CurrentUser currentUser;

	NetworkActivityHome(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.MANAGER)) {
			return List.of();
		}
		return List.of(new HomeSection("Network activity", null,
				"Meetings held, families raised and actions agreed and done, per network and quarter; small counts hidden.",
				List.of(), List.of(HomeSection.Action.link("Network activity", "/networks/activity")), 160));
	}

}
