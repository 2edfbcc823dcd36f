package org.familymatters.directory.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.familymatters.directory.internal.NewsItems;
import org.familymatters.directory.internal.Resources;
import org.familymatters.directory.internal.ServiceEditing;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * The directory on a person's home page: for support workers and administrators, the
 * services waiting for a review, with the review queue; for training coordinators, until
 * training is in the service, the resources they keep.
 */
@Component
class DirectoryHomeSections implements HomeContribution {

	/** After the sections about families and referrals. */
	static final int ORDER = 500;

	/** How many of the things waiting are listed by name. */
	static final int LISTED = 3;

	private final CurrentUser currentUser;

	private final ServiceEditing services;

	private final Resources resources;

	private final Clock clock;

	private final NewsItems news;

	DirectoryHomeSections(CurrentUser currentUser, ServiceEditing services, Resources resources, Clock clock,
			NewsItems news) {
		this.currentUser = currentUser;
		this.services = services;
		this.resources = resources;
		this.clock = clock;
		this.news = news;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var sections = new ArrayList<HomeSection>();
		if (currentUser.hasAny(Role.SUPPORT_WORKER, Role.ADMINISTRATOR)) {
			sections.add(reviewQueue());
		}
		if (currentUser.has(Role.TRAINING_COORDINATOR)) {
			sections.add(resourcesToKeep());
		}
		if (currentUser.hasAny(Role.TRAINING_COORDINATOR, Role.MANAGER, Role.ADMINISTRATOR)) {
			sections.add(newsToWrite());
		}
		return sections;
	}

	private HomeSection reviewQueue() {
		var due = services.reviewQueue(LocalDate.now(clock), 1, LISTED);
		var items = due.items()
			.stream()
			.map(s -> new HomeSection.Item(s.name(), "/directory/services/" + s.id() + "/edit",
					(s.lastCheckedOn() != null) ? "Last checked " + DirectoryLabels.date(s.lastCheckedOn())
							: "Never checked"))
			.toList();
		var actions = new ArrayList<HomeSection.Action>();
		actions.add(HomeSection.Action.link("Open the review queue", "/directory/services/review"));
		actions.add(HomeSection.Action.link("Keep the directory", "/directory/services"));
		if (currentUser.has(Role.ADMINISTRATOR)) {
			actions.add(HomeSection.Action.link("Import and export the directory", "/admin/directory"));
		}
		long total = due.total();
		var summary = (total == 0)
				? "Every service in the directory has been checked in the last " + ServiceEditing.REVIEW_AFTER_MONTHS
						+ " months."
				: ((total == 1) ? "1 service has" : total + " services have") + " not been checked for "
						+ ServiceEditing.REVIEW_AFTER_MONTHS + " months: ring or visit them, then change or confirm "
						+ "their details.";
		return new HomeSection("Directory services waiting for a review", (int) Math.min(Integer.MAX_VALUE, total),
				summary, items, actions, ORDER);
	}

	private HomeSection resourcesToKeep() {
		var recent = resources.recentlyChanged(LISTED)
			.stream()
			.map(r -> new HomeSection.Item(r.title(), "/directory/resources/" + r.id() + "/edit",
					(r.archived() ? "Archived, " : "") + "changed " + DirectoryLabels.date(r.updatedAt())))
			.toList();
		return new HomeSection("Resources you keep", null,
				"You keep the training resource packs, policy reports, publications and media on the public "
						+ "resources page; a resource's file keeps each version.",
				recent, List.of(HomeSection.Action.button("Add a resource", "/directory/resources/new"),
						HomeSection.Action.link("See and change every resource", "/directory/resources")),
				ORDER);
	}

	/** The news's editors see the drafts waiting and the items changed last. */
	private HomeSection newsToWrite() {
		var recent = news.recentlyChanged(LISTED)
			.stream()
			.map(n -> new HomeSection.Item(n.title(), "/news/manage/" + n.id() + "/edit",
					(n.published() ? "Published " + DirectoryLabels.date(n.publishedOn()) : "Draft") + ", changed "
							+ DirectoryLabels.date(n.updatedAt())))
			.toList();
		long drafts = news.drafts();
		var summary = (drafts == 0) ? "News and newsletters for the public news page and its feed. No drafts wait."
				: ((drafts == 1) ? "1 draft waits" : drafts + " drafts wait")
						+ " to be published on the public news page and its feed.";
		return new HomeSection("News and newsletters", null, summary, recent,
				List.of(HomeSection.Action.link("Write a news item or newsletter", "/news/manage/new"),
						HomeSection.Action.link("See and change the news", "/news/manage")),
				ORDER + 1);
	}

}
