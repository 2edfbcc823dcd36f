package org.familymatters.plan.web;

import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.plan.internal.OwnerActions;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * "Your actions" on the home page of an agency practitioner or designated safeguarding
 * lead (and of a support worker whose organisation owns open actions): how many open
 * actions are theirs, the overdue ones first then the soonest due, a few as links. Each
 * action shown is audited by {@link OwnerActions#mine}.
 */
@Component
class AgencyActionsHome implements HomeContribution {

	static final int SHOWN = 5;

	private final OwnerActions actions;

	private final CurrentUser currentUser;

	AgencyActionsHome(OwnerActions actions, CurrentUser currentUser) {
		this.actions = actions;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!actions.mayOwnActions()) {
			return List.of();
		}
		var mine = actions.mine(1, SHOWN);
		boolean agency = currentUser.hasAny(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD);
		if (mine.total() == 0 && !agency) {
			return List.of();
		}
		var items = mine.items()
			.stream()
			.map(a -> new HomeSection.Item(a.description(), "/actions/" + a.id(),
					a.familyReference() + ", " + a.needArea() + (a.overdue() ? ", overdue since " : ", due ")
							+ AgencyActionsController.DAY.format(a.dueOn())))
			.toList();
		return List.of(new HomeSection("Your actions", (int) mine.total(),
				(mine.total() == 0) ? "No open action of a family’s support plan is given to you or your organisation."
						: "Open actions of families’ support plans given to you or your organisation: overdue first.",
				items, List.of(HomeSection.Action.link("See all your actions", "/actions")), 90));
	}

}
