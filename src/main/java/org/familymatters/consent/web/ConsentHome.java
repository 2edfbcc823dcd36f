package org.familymatters.consent.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.familymatters.consent.internal.Consents;
import org.familymatters.consent.internal.SafeguardingRequests;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the consent module puts on the home page: a support worker's consent reviews due
 * (within 30 days, or passed); anyone's own safeguarding requests and where they stand; a
 * designated safeguarding lead's requests waiting in their localities and the approvals
 * ending within 14 days, each with "End now".
 */
@Component
class ConsentHome implements HomeContribution {

	static final int SHOWN = 5;

	static final int REVIEW_WITHIN_DAYS = 30;

	static final int ENDING_WITHIN_DAYS = 14;

	private final Consents consents;

	private final SafeguardingRequests requests;

	private final CurrentUser currentUser;

	private final Clock clock;

	ConsentHome(Consents consents, SafeguardingRequests requests, CurrentUser currentUser, Clock clock) {
		this.consents = consents;
		this.requests = requests;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var sections = new ArrayList<HomeSection>();
		var today = LocalDate.now(clock);
		if (currentUser.has(Role.SAFEGUARDING_LEAD)) {
			sections.add(waiting(today));
			sections.add(ending());
		}
		if (currentUser.has(Role.SUPPORT_WORKER)) {
			sections.add(reviews(today));
		}
		if (currentUser.hasAny(Role.SUPPORT_WORKER, Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD)) {
			var mine = mine(today);
			if (mine != null) {
				sections.add(mine);
			}
		}
		return sections;
	}

	private HomeSection waiting(LocalDate today) {
		var scope = requests.leadScope();
		var waiting = requests.queue(new SafeguardingRequests.QueueFilter(SafeguardingRequests.Show.WAITING, null), 1,
				SHOWN);
		var items = waiting.items()
			.stream()
			.map(row -> new HomeSection.Item("Decide: " + row.request().familyReference(),
					"/safeguarding/requests/" + row.request().id(),
					"Waiting " + days(row.daysWaiting()) + ", asked by " + row.request().requestedByName()))
			.toList();
		var where = scope.all() ? "every locality" : (scope.county() != null) ? scope.county() : "your localities";
		return new HomeSection("Safeguarding requests waiting for a decision", (int) waiting.total(),
				(waiting.total() == 0) ? "No request for " + where + " is waiting."
						: "For families in " + where + ", oldest first.",
				items, List.of(HomeSection.Action.link("All safeguarding requests", "/safeguarding/requests")), 100);
	}

	private HomeSection ending() {
		var ending = requests.endingWithin(ENDING_WITHIN_DAYS);
		var items = ending.stream()
			.limit(SHOWN)
			.map(r -> new HomeSection.Item("End now: " + r.familyReference(),
					"/safeguarding/requests/" + r.id() + "/end",
					"Ends on " + SafeguardingController.DAY.format(r.endsOn()) + ", for "
							+ String.join("; ", r.organisationNames())))
			.toList();
		return new HomeSection("Approvals ending within 14 days", ending.size(),
				ending.isEmpty() ? "No approval to share without consent ends in the next 14 days."
						: "Sharing without consent you may end now, or let run to its end date.",
				items,
				List.of(HomeSection.Action.link("All approvals in force", "/safeguarding/requests?show=approved")),
				105);
	}

	private HomeSection reviews(LocalDate today) {
		var due = consents.reviewsDue(REVIEW_WITHIN_DAYS);
		var items = due.stream()
			.limit(SHOWN)
			.map(r -> new HomeSection.Item(r.familyReference(), "/families/" + r.familyId() + "/consent",
					r.reviewOn().isBefore(today)
							? "Review date passed on " + SafeguardingController.DAY.format(r.reviewOn())
									+ ": nothing is shared on it until it is given again"
							: "Review by " + SafeguardingController.DAY.format(r.reviewOn())))
			.toList();
		return new HomeSection("Consent reviews due", due.size(),
				due.isEmpty() ? "No consent of your families needs reviewing in the next 30 days."
						: "Consent whose review date is within 30 days or has passed.",
				items, List.of(), 130);
	}

	private HomeSection mine(LocalDate today) {
		var mine = requests.mine(1, SHOWN);
		if (mine.total() == 0 && !currentUser.hasAny(Role.AGENCY_PRACTITIONER, Role.SUPPORT_WORKER)) {
			return null;
		}
		var items = mine.items()
			.stream()
			.map(r -> new HomeSection.Item(r.reference() + " about " + r.familyReference(),
					"/safeguarding/requests/mine",
					r.statusLabel(today) + ((r.endsOn() != null && r.inForce(today))
							? " until " + SafeguardingController.DAY.format(r.endsOn()) : "")))
			.toList();
		var actions = new ArrayList<HomeSection.Action>();
		actions.add(HomeSection.Action.link("All your safeguarding requests", "/safeguarding/requests/mine"));
		if (currentUser.has(Role.AGENCY_PRACTITIONER)) {
			actions.add(HomeSection.Action.link("Ask to share without consent", "/safeguarding/requests/new"));
		}
		return new HomeSection("Your safeguarding requests", (int) mine.total(),
				(mine.total() == 0) ? "You have not asked to share any family’s information without consent."
						: "Your requests to share without consent, newest first.",
				items, actions, 140);
	}

	private static String days(long days) {
		return (days == 1) ? "1 day" : days + " days";
	}

}
