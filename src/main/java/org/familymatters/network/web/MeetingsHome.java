package org.familymatters.network.web;

import java.util.List;

import org.familymatters.network.internal.Agenda;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * A network member's or coordinator's home page: the meetings of their networks from the
 * last quarter and the next, each a link to its agenda (and from there its minutes).
 */
@Component
class MeetingsHome implements HomeContribution {

	private final Agenda agenda;

	private final NetworkLabels labels = new NetworkLabels();

	MeetingsHome(Agenda agenda) {
		this.agenda = agenda;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var meetings = agenda.meetingsOf(user.id());
		if (meetings.isEmpty()) {
			return List.of();
		}
		var items = meetings.stream()
			.map(m -> new HomeSection.Item(m.network() + ", " + labels.moment(m.startsAt()),
					"/networks/" + m.networkId() + "/meetings/" + m.id() + "/agenda",
					m.cancelled() ? "Cancelled" : (m.published() ? "Minutes published" : null)))
			.toList();
		return List.of(new HomeSection("Your network meetings", null,
				"Agendas and minutes of your networks’ meetings, the last three months and the next.", items, List.of(),
				150));
	}

}
