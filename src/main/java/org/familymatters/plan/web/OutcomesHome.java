package org.familymatters.plan.web;

import java.time.Clock;
import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.plan.internal.Outcomes;
import org.familymatters.plan.internal.Outcomes.Headline;
import org.familymatters.plan.internal.OutcomesPeriod;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the outcomes report puts on a manager's home page: the last 12 months' headline
 * (plans closed, families that improved in at least one need area), counts from 1 to 4
 * shown as "fewer than 5", and a link to the report.
 */
@Component
class OutcomesHome implements HomeContribution {

	private final CurrentUser currentUser;

	private final Outcomes outcomes;

	private final Clock clock;

	OutcomesHome(CurrentUser currentUser, Outcomes outcomes, Clock clock) {
		this.currentUser = currentUser;
		this.outcomes = outcomes;
		this.clock = clock;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.MANAGER)) {
			return List.of();
		}
		var headline = outcomes.onTheHomePage(OutcomesPeriod.lastTwelveMonths(clock));
		return List.of(new HomeSection("Outcomes for families", null, summary(headline), List.of(),
				List.of(HomeSection.Action.link("Outcomes by need area, locality and headline outcome", "/outcomes")),
				45));
	}

	/**
	 * The headline in a sentence, each count as the report shows it. For example: 1 May
	 * 2025 to 30 April 2026: 12 family plans closed; 9 families improved in at least one
	 * need area.
	 */
	static String summary(Headline headline) {
		var closed = headline.shownClosed();
		var improved = headline.shownImprovedInAny();
		return headline.period().label() + ": " + closed + " family " + ("1".equals(closed) ? "plan" : "plans")
				+ " closed; " + improved + " " + ("1".equals(improved) ? "family" : "families")
				+ " improved in at least one need area.";
	}

}
