package org.familymatters.network.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.network.internal.MeetingTimes;
import org.familymatters.network.internal.Meetings;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * "Your next meetings" on the home page of a network's members and coordinators: the next
 * few meetings of their networks, each linking to its page, and a link to each network's
 * meetings. Nothing for someone in no network. A meeting names no family, so nothing here
 * needs the access decision.
 */
@Component
class MeetingsHome implements HomeContribution {

	static final int SHOWN = 5;

	private final Meetings meetings;

	MeetingsHome(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var networks = meetings.networksOf(user.id());
		if (networks.isEmpty()) {
			return List.of();
		}
		var items = meetings.upcomingFor(user.id(), SHOWN)
			.stream()
			.map(m -> new HomeSection.Item(m.networkName() + ": " + MeetingTimes.day(m.startsAt()),
					"/networks/" + m.networkId() + "/meetings/" + m.meetingId(),
					MeetingTimes.hours(m.startsAt(), m.endsAt()) + ((m.place() != null) ? ", " + m.place() : "")
							+ ((m.onlineLink() != null) ? ((m.place() != null) ? ", and online" : ", online") : "")))
			.toList();
		var actions = new ArrayList<HomeSection.Action>();
		networks.forEach((id, name) -> actions
			.add(HomeSection.Action.link("Meetings of the " + name, "/networks/" + id + "/meetings")));
		return List.of(new HomeSection("Your next meetings", null,
				items.isEmpty() ? "No meeting of your networks is scheduled." : null, items, actions, 150));
	}

}
