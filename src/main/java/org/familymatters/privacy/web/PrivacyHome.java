package org.familymatters.privacy.web;

import java.util.List;
import java.util.Locale;

import org.familymatters.identity.Role;
import org.familymatters.privacy.internal.DueDates;
import org.familymatters.privacy.internal.PrivacyRequests;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the privacy module puts on a data protection officer's home page: the open
 * requests due within {@value DueDates#SOON_DAYS} days or overdue, soonest first, each
 * with its due date; and "Record a request". Names only what the officer recorded.
 */
@Component
class PrivacyHome implements HomeContribution {

	static final int SHOWN = 10;

	private final PrivacyRequests requests;

	private final CurrentUser currentUser;

	PrivacyHome(PrivacyRequests requests, CurrentUser currentUser) {
		this.requests = requests;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.DATA_PROTECTION_OFFICER)) {
			return List.of();
		}
		var today = requests.today();
		var due = requests.dueSoon();
		var items = due.stream()
			.limit(SHOWN)
			.map(r -> new HomeSection.Item(r.fullName() + " (" + r.kind().label().toLowerCase(Locale.UK) + ")",
					"/privacy/requests/" + r.id(),
					"Due " + Row.date(r.dueOn()) + ". " + DueDates.howSoon(r.dueOn(), today)))
			.toList();
		var summary = due.isEmpty() ? "No open request is due within " + DueDates.SOON_DAYS + " days."
				: "Open requests due within " + DueDates.SOON_DAYS
						+ " days, or overdue: the law allows one calendar month.";
		return List.of(new HomeSection("Data requests due soon", due.size(), summary, items,
				List.of(HomeSection.Action.button("Record a request", "/privacy/requests/new"),
						HomeSection.Action.link("All data requests", "/privacy/requests")),
				110));
	}

}
