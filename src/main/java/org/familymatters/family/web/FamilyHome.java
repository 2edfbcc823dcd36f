package org.familymatters.family.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.consent.AccessDecision;
import org.familymatters.family.internal.FamilyListing;
import org.familymatters.family.internal.SharedFamilies;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the family module puts on the home page: a support worker's families as key
 * worker; an agency practitioner's or safeguarding lead's "Families shared with you",
 * each with its basis and until when. Each is listed (and audited) as the full lists are.
 */
@Component
class FamilyHome implements HomeContribution {

	static final int SHOWN = 5;

	private final FamilyListing listing;

	private final SharedFamilies shared;

	private final AccessDecision access;

	private final CurrentUser currentUser;

	private final FamilyLabels labels = new FamilyLabels();

	FamilyHome(FamilyListing listing, SharedFamilies shared, AccessDecision access, CurrentUser currentUser) {
		this.listing = listing;
		this.shared = shared;
		this.access = access;
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var sections = new ArrayList<HomeSection>();
		if (currentUser.has(Role.SUPPORT_WORKER)) {
			sections.add(keyWorker(user));
		}
		if (currentUser.hasAny(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD)) {
			sections.add(sharedWithYou());
		}
		return sections;
	}

	private HomeSection keyWorker(SignedInUser user) {
		var scope = access.supportScope();
		var mine = listing.find(
				new FamilyListing.Listing(scope.all() ? null : scope.locality(), user.id(), null, null, null, true), 1,
				SHOWN);
		var items = mine.items()
			.stream()
			.map(f -> new HomeSection.Item(f.reference(), "/families/" + f.id(),
					((f.names() != null) ? f.names() + ". " : "") + labels.status(f.status())))
			.toList();
		return new HomeSection("Your families", (int) mine.total(),
				(mine.total() == 0) ? "You are not key worker for any family yet."
						: "The families you are key worker for.",
				items, List.of(HomeSection.Action.link("All your families", "/families?mine=true"),
						HomeSection.Action.link("Every family of your locality", "/families")),
				120);
	}

	private HomeSection sharedWithYou() {
		var found = shared.find(null, 1, SHOWN);
		var items = found.items()
			.stream()
			.map(f -> new HomeSection.Item(f.reference(), "/families/" + f.familyId(),
					(f.basis().name().equals("SAFEGUARDING") ? "Sharing without consent, approved" : "Consent")
							+ ((f.until() != null) ? ", until " + labels.date(f.until()) : ", no review date set")))
			.toList();
		return new HomeSection("Families shared with you", (int) found.total(),
				(found.total() == 0) ? "No family is shared with your organisation today."
						: "The families your organisation may see today, and on what basis.",
				items,
				List.of(HomeSection.Action.link("See and search every family shared with you", "/families/shared")),
				110);
	}

}
