package org.familymatters.privacy.web;

import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/** On an administrator's home page: the way to the retention schedule and its runs. */
@Component
class RetentionHome implements HomeContribution {

	private final CurrentUser currentUser;

	RetentionHome(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.ADMINISTRATOR)) {
			return List.of();
		}
		return List.of(new HomeSection("Retention", null,
				"How long each kind of record is kept, what the nightly run will delete or make anonymous next, "
						+ "and what it did.",
				List.of(), List.of(HomeSection.Action.link("Retention schedule and runs", "/admin/retention")), 960));
	}

}
