package org.familymatters.privacy.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.familymatters.identity.Role;
import org.familymatters.privacy.internal.RequestDecisions;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the rectification and erasure pages put on the data protection officer's home
 * page: the requests to correct or erase data waiting for their decision, the soonest due
 * first, each linking to its decision page.
 */
@Component
class DecisionsHome implements HomeContribution {

	static final int SHOWN = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final RequestDecisions decisions;

	private final CurrentUser currentUser;

	DecisionsHome(RequestDecisions decisions, CurrentUser currentUser) {
		this.decisions = decisions;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.DATA_PROTECTION_OFFICER)) {
			return List.of();
		}
		var waiting = decisions.waiting(SHOWN);
		if (waiting.isEmpty()) {
			return List.of();
		}
		var items = waiting.stream()
			.map(w -> new HomeSection.Item(w.fullName(), "/privacy/requests/" + w.id() + "/decision",
					(w.erasure() ? "To erase their data" : "To correct their data") + ", due by "
							+ DAY.format(w.dueOn())))
			.toList();
		return List.of(new HomeSection("Requests to correct or erase data", (int) decisions.waitingCount(),
				"Each waits for your decision: carry it out or refuse it, with a reason.", items, List.of(), 181));
	}

}
