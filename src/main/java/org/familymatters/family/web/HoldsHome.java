package org.familymatters.family.web;

import java.util.List;

import org.familymatters.family.internal.FamilyHolds;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * On a designated safeguarding lead's home page: how many families' records are held past
 * their retention period, and the way to the holds.
 */
@Component
class HoldsHome implements HomeContribution {

	private final FamilyHolds holds;

	private final CurrentUser currentUser;

	HoldsHome(FamilyHolds holds, CurrentUser currentUser) {
		this.holds = holds;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.SAFEGUARDING_LEAD)) {
			return List.of();
		}
		int held = holds.current().size();
		return List.of(new HomeSection("Safeguarding holds", held,
				"Families' records kept whole past their retention period while a safeguarding concern lasts.",
				List.of(), List.of(HomeSection.Action.link("Safeguarding holds", "/safeguarding/holds")), 460));
	}

}
