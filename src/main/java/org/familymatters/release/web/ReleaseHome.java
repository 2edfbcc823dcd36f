package org.familymatters.release.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.release.internal.ReleaseWindow;
import org.familymatters.release.internal.ReleasesComingUp;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * "Releases coming up" on a support worker's home page: the people due for release within
 * twelve weeks in the families they may change, the first few linking to their release
 * plan (started or not), and the full list. Each family shown is audited as
 * RELEASES_LISTED. Nothing when nobody is due.
 */
@Component
class ReleaseHome implements HomeContribution {

	static final int SHOWN = 5;

	private final ReleasesComingUp comingUp;

	private final CurrentUser currentUser;

	private final ReleaseLabels labels;

	ReleaseHome(ReleasesComingUp comingUp, CurrentUser currentUser, ReleaseLabels labels) {
		this.comingUp = comingUp;
		this.currentUser = currentUser;
		this.labels = labels;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.SUPPORT_WORKER)) {
			return List.of();
		}
		var rows = comingUp.rows();
		if (rows.isEmpty()) {
			return List.of();
		}
		var first = rows.stream().limit(SHOWN).toList();
		comingUp.shown(first, "home page");
		var items = new ArrayList<HomeSection.Item>();
		for (var row : first) {
			var due = row.due();
			items.add(new HomeSection.Item(
					((due.personName() != null) ? due.personName() + ", " : "") + "family " + due.reference(),
					"/families/" + due.familyId() + "/release/" + due.episodeId(),
					"Expected release " + labels.date(due.expectedReleaseOn())
							+ ((due.prisonName() != null) ? " from " + due.prisonName() : "") + ". "
							+ (row.planned() ? "Release plan started." : "No release plan yet.")));
		}
		return List.of(new HomeSection("Releases coming up", rows.size(),
				"People in your families due for release within " + ReleaseWindow.WEEKS + " weeks.", items,
				List.of(HomeSection.Action.link("All releases coming up", "/releases")), 124));
	}

}
