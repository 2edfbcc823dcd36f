package org.familymatters.training.web;

import java.time.Clock;
import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;
import org.familymatters.training.internal.Reach;
import org.familymatters.training.internal.ReachFigures;
import org.familymatters.training.internal.ReachFilter;

import org.springframework.stereotype.Component;

/**
 * What the reach report puts on a training coordinator's and a manager's home page: the
 * people trained and organisations reached in the last 12 months, exact (the home page is
 * inside the service), and a link to the report.
 */
@Component
class ReachHome implements HomeContribution {

	private final CurrentUser currentUser;

	private final Reach reach;

	private final Clock clock;

	ReachHome(CurrentUser currentUser, Reach reach, Clock clock) {
		this.currentUser = currentUser;
		this.reach = reach;
		this.clock = clock;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.hasAny(Role.TRAINING_COORDINATOR, Role.MANAGER)) {
			return List.of();
		}
		var filter = ReachFilter.lastTwelveMonths(clock);
		return List.of(new HomeSection("Training reach", null, summary(filter, reach.headline(filter)), List.of(), List
			.of(HomeSection.Action.link("Training reach by locality, sector, role and seniority", "/training/reach")),
				47));
	}

	/**
	 * The headline in a sentence. For example: 1 May 2025 to 30 April 2026: 12 people
	 * trained from 7 organisations.
	 */
	static String summary(ReachFilter filter, ReachFigures figures) {
		var people = figures.people();
		var organisations = figures.organisations();
		return filter.periodLabel() + ": " + people + " " + ((people == 1) ? "person" : "people") + " trained from "
				+ organisations + " " + ((organisations == 1) ? "organisation" : "organisations") + ".";
	}

}
