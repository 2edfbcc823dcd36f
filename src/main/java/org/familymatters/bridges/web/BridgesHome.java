package org.familymatters.bridges.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.bridges.internal.FollowUpsDue;
import org.familymatters.bridges.internal.SafeguardingChecks;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What Building Bridges puts on home pages: a support worker's follow-ups due (in the
 * families they are key worker for, from the day each falls due until its outcome is
 * recorded); a designated safeguarding lead's checks waiting for a decision; the pilot
 * report for managers; the pilot's counties and prisons for administrators. Each family
 * shown is audited by the service that lists it.
 */
@Component
class BridgesHome implements HomeContribution {

	static final int SHOWN = 5;

	private final CurrentUser currentUser;

	private final FollowUpsDue followUps;

	private final SafeguardingChecks checks;

	private final BridgesLabels labels = new BridgesLabels();

	BridgesHome(CurrentUser currentUser, FollowUpsDue followUps, SafeguardingChecks checks) {
		this.currentUser = currentUser;
		this.followUps = followUps;
		this.checks = checks;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var sections = new ArrayList<HomeSection>();
		if (currentUser.has(Role.SUPPORT_WORKER)) {
			var due = followUps.forMe();
			if (!due.isEmpty()) {
				sections.add(new HomeSection("Building Bridges follow-ups due", due.size(),
						"Record where each person stands after their release.",
						due.stream()
							.limit(SHOWN)
							.map(d -> new HomeSection.Item(d.reference() + " (family " + d.familyReference() + ")",
									"/building-bridges/referrals/" + d.referralId() + "/follow-ups/" + d.point().code(),
									"The " + d.point().adjective() + " outcome, due " + labels.date(d.dueOn())))
							.toList(),
						List.of(), 125));
			}
		}
		if (currentUser.has(Role.SAFEGUARDING_LEAD)) {
			var waiting = checks.waiting();
			if (!waiting.isEmpty()) {
				sections.add(new HomeSection("Building Bridges safeguarding checks waiting", waiting.size(),
						"Decide whether a family home is safe for someone leaving custody. You cannot decide a case "
								+ "you asked for, referred or are key worker for.",
						waiting.stream()
							.limit(SHOWN)
							.map(c -> new HomeSection.Item(c.referralReference() + ": safeguarding check",
									"/building-bridges/checks/" + c.id(),
									"Asked for by " + c.requestedByName() + " on " + labels.when(c.requestedAt())))
							.toList(),
						List.of(), 22));
			}
		}
		if (currentUser.has(Role.MANAGER)) {
			sections.add(new HomeSection("Building Bridges housing pilot", null,
					"People referred, family homes agreed, where people lived on release and after, by quarter.",
					List.of(),
					List.of(HomeSection.Action.link("Building Bridges pilot report", "/building-bridges/report")), 46));
		}
		if (currentUser.has(Role.ADMINISTRATOR)) {
			sections.add(new HomeSection("Building Bridges housing pilot", null,
					"Which counties' families and which prisons the pilot covers.", List.of(),
					List.of(HomeSection.Action.link("Building Bridges counties and prisons",
							"/admin/building-bridges")),
					41));
		}
		return sections;
	}

}
