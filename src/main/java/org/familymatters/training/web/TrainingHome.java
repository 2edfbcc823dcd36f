package org.familymatters.training.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;
import org.familymatters.shared.web.NavigationEntry;
import org.familymatters.training.internal.TrainingSessions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * Training on a training coordinator's home page: the sessions to come that they run,
 * with the places booked, and the way to the courses and sessions they manage. And the
 * training entries of the service navigation: the public "Training and events" for
 * everyone, "Manage training" for training coordinators.
 */
@Component
class TrainingHome implements HomeContribution {

	/** Near the top: training is what a training coordinator does. */
	static final int ORDER = 60;

	/** How many sessions are listed by name. */
	static final int LISTED = 3;

	private final TrainingSessions sessions;

	private final CurrentUser currentUser;

	private final Clock clock;

	TrainingHome(TrainingSessions sessions, CurrentUser currentUser, Clock clock) {
		this.sessions = sessions;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		if (!currentUser.has(Role.TRAINING_COORDINATOR)) {
			return List.of();
		}
		var now = clock.instant();
		var items = new ArrayList<HomeSection.Item>();
		for (var session : sessions.upcomingRunBy(user.id(), LISTED)) {
			var row = SessionRow.of(session, now);
			items.add(new HomeSection.Item(session.courseTitle(), "/training/manage/sessions/" + session.id(), row.day()
					+ ", " + row.booked() + ((session.waiting() > 0) ? ", " + session.waiting() + " waiting" : "")));
		}
		var summary = items.isEmpty() ? "You run no session to come. Add a course, or a session of a course."
				: "The sessions to come that you run, soonest first.";
		return List.of(new HomeSection("Training", null, summary, items,
				List.of(HomeSection.Action.button("Manage courses and sessions", "/training/manage"),
						HomeSection.Action.link("See the public training page", "/training")),
				ORDER));
	}

	/** The training entries of the service navigation. */
	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationEntry trainingEntry() {
			return new NavigationEntry("Training and events", "/training", Set.of(NavigationEntry.EVERYONE), 115);
		}

		@Bean
		NavigationEntry manageTrainingEntry() {
			return new NavigationEntry("Manage training", "/training/manage",
					Set.of(Role.TRAINING_COORDINATOR.authority()), 160);
		}

	}

}
