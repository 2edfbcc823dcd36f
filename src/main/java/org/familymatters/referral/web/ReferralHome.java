package org.familymatters.referral.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.familymatters.identity.Localities;
import org.familymatters.identity.Role;
import org.familymatters.referral.ReferralStatus;
import org.familymatters.referral.internal.ReferralTriage;
import org.familymatters.referral.internal.Referrals;
import org.familymatters.referral.internal.ReferralsMade;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What referrals put on a person's home page: for a support worker, the new referrals in
 * their localities (how many, the oldest first with their names and how long each has
 * waited); for anyone who refers through the referral form (agency practitioners and
 * safeguarding leads always, anyone else once they have referred; court desk volunteers
 * follow theirs on the court desk's pages), their referrals and where each stands.
 */
@Component
class ReferralHome implements HomeContribution {

	/** How many referrals a section lists. */
	static final int FEW = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(ServiceTime.ZONE);

	private final ReferralTriage triage;

	private final ReferralsMade made;

	private final Localities localities;

	private final CurrentUser currentUser;

	private final Clock clock;

	ReferralHome(ReferralTriage triage, ReferralsMade made, Localities localities, CurrentUser currentUser,
			Clock clock) {
		this.triage = triage;
		this.made = made;
		this.localities = localities;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var sections = new ArrayList<HomeSection>();
		if (currentUser.has(Role.SUPPORT_WORKER)) {
			sections.add(newReferrals());
		}
		if (currentUser.has(Role.VOLUNTEER) && currentUser.roles(Role.class).size() == 1) {
			return sections;
		}
		var counts = made.counts();
		if (counts.made() > 0 || currentUser.hasAny(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD)) {
			sections.add(yourReferrals(counts));
		}
		return sections;
	}

	private HomeSection newReferrals() {
		var today = LocalDate.now(clock.withZone(ServiceTime.ZONE));
		var waiting = triage.queue(null, null, 1, FEW);
		var mine = localities.findAllOrdered().stream().filter(l -> triage.worksIn(l.id())).toList();
		var where = (mine.size() == 1) ? mine.get(0).name() : "your localities";
		var items = waiting.items()
			.stream()
			.map(r -> new HomeSection.Item(r.reference() + ": " + r.names(), "/referrals/" + r.id(),
					r.waiting(today) + ", from " + r.source().label().toLowerCase(Locale.UK)))
			.toList();
		String summary;
		if (waiting.total() == 0) {
			summary = "No referrals are waiting for a decision.";
		}
		else {
			summary = (waiting.total() > FEW) ? "The oldest " + FEW + " of " + waiting.total() + ", oldest first."
					: "Oldest first.";
		}
		return new HomeSection("New referrals in " + where, (int) waiting.total(), summary, items,
				List.of(HomeSection.Action.link("Open the triage queue", "/referrals/triage")), 100);
	}

	private HomeSection yourReferrals(Referrals.Counts counts) {
		var items = made.newest(FEW)
			.stream()
			.map(r -> new HomeSection.Item(r.reference(), "/referrals/mine", status(r)))
			.toList();
		String summary;
		if (counts.made() == 0) {
			summary = "You have not referred a family yet.";
		}
		else {
			summary = counts.waiting() + " waiting for a decision, " + (counts.made() - counts.waiting()) + " decided.";
		}
		var actions = new ArrayList<HomeSection.Action>();
		if (counts.made() > 0) {
			actions.add(HomeSection.Action.link("See all your referrals", "/referrals/mine"));
		}
		actions.add(HomeSection.Action.link("Refer a family", "/referrals/new"));
		return new HomeSection("Your referrals", (int) counts.made(), summary, items, actions, 300);
	}

	/** "Waiting for a decision since 3 May 2026", "Accepted on 5 May 2026". */
	static String status(Referrals.Made r) {
		if (r.status() == ReferralStatus.RECEIVED || r.decidedAt() == null) {
			return r.status().label() + " since " + DAY.format(r.createdAt());
		}
		return r.status().label() + " on " + DAY.format(r.decidedAt());
	}

}
