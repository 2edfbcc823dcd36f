package org.familymatters.network.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.network.internal.JoinRequests;
import org.familymatters.network.internal.NetworkMembers;
import org.familymatters.network.internal.Networks;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;

import org.springframework.stereotype.Component;

/**
 * What the network module puts on a signed-in person's home page: the networks they are a
 * member or the coordinator of ("Your networks"), and, for a coordinator, the requests to
 * join that wait for them. Someone in no network is offered the list of networks.
 */
@Component
class NetworkHome implements HomeContribution {

	private final Networks networks;

	private final NetworkMembers members;

	private final JoinRequests requests;

	NetworkHome(Networks networks, NetworkMembers members, JoinRequests requests) {
		this.networks = networks;
		this.members = members;
		this.requests = requests;
	}

	@Override
	public List<HomeSection> sections(SignedInUser user) {
		var sections = new ArrayList<HomeSection>();
		var waiting = requests.waitingFor(user.id());
		if (!waiting.isEmpty()) {
			long count = waiting.stream().mapToLong(JoinRequests.Waiting::requests).sum();
			sections.add(new HomeSection("Requests to join your networks", (int) count,
					"People who asked to join a network you coordinate: accept or decline them on its page.",
					waiting.stream()
						.map(w -> new HomeSection.Item(w.networkName(), "/networks/" + w.networkId() + "#requests",
								w.requests() + ((w.requests() == 1) ? " request" : " requests")))
						.toList(),
					List.of(), 140));
		}
		var mine = members.networksOf(user.id()).stream().flatMap(id -> networks.find(id).stream()).toList();
		if (!mine.isEmpty()) {
			sections.add(new HomeSection("Your networks", null,
					"The multi-agency networks you are a member or the coordinator of.",
					mine.stream()
						.map(n -> new HomeSection.Item(n.name(), "/networks/" + n.id(),
								n.localityName() + (n.coordinatorUserId().equals(user.id()) ? ", you coordinate it"
										: ", coordinated by " + n.coordinatorName())))
						.toList(),
					List.of(HomeSection.Action.link("All networks", "/networks")), 141));
		}
		return sections;
	}

}
