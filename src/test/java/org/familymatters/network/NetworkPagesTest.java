package org.familymatters.network;

import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manager sets up a network (a duplicate name refused); members see each other's
 * contact details, others only how many and which organisations; someone asks to join and
 * the coordinator accepts; adding a member twice is refused.
 */
@IntegrationTest
class NetworkPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures networks;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private long audited(UUID network, String action) {
		return jdbc
			.sql("select count(*) from audit_event where record_type = 'network' and record_id = :id "
					+ "and action = :action")
			.param("id", network.toString())
			.param("action", action)
			.query(Long.class)
			.single();
	}

	@Test
	void aManagerSetsUpANetworkWhoseCoordinatorIsAMemberAndASecondWithTheSameNameIsRefused() throws Exception {
		var network = networks.network();
		assertThat(audited(network.id(), "NETWORK_CREATED")).isEqualTo(1);
		mvc.perform(get("/networks").with(users.as(Role.VOLUNTEER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(network.name())));
		mvc.perform(get("/networks/" + network.id()).with(NetworkFixtures.as(network.coordinator())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(network.coordinatorEmail())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Write the first version")));

		mvc.perform(post("/networks/new").with(csrf())
			.with(users.as(Role.MANAGER))
			.param("name", network.name().toUpperCase(java.util.Locale.ROOT))
			.param("localityId", network.localityId().toString())
			.param("coordinatorId", network.coordinator().id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					org.hamcrest.Matchers.containsString("There is already a network with that name: choose another")));
		mvc.perform(get("/networks/new").with(users.as(Role.SUPPORT_WORKER))).andExpect(status().isForbidden());
	}

	@Test
	void someoneAsksToJoinTheCoordinatorAcceptsAndOnlyThenTheySeeContactDetails() throws Exception {
		var network = networks.network();
		var school = networks.person(OrganisationType.SCHOOL, Role.AGENCY_PRACTITIONER);
		var page = mvc.perform(get("/networks/" + network.id()).with(NetworkFixtures.as(school.principal())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("1 member, from:").doesNotContain(network.coordinatorEmail()).contains("Ask to join");

		mvc.perform(post("/networks/" + network.id() + "/join").with(csrf())
			.with(NetworkFixtures.as(school.principal()))
			.param("reason", "I am the school's family support worker"))
			.andExpect(redirectedUrl("/networks/" + network.id()));
		mvc.perform(
				post("/networks/" + network.id() + "/join").with(csrf()).with(NetworkFixtures.as(school.principal())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("You have asked to join already")));
		var request = jdbc.sql("select id from network_join_request where network_id = :network and user_id = :user")
			.param("network", network.id())
			.param("user", school.id())
			.query(UUID.class)
			.single();
		assertThat(mvc.perform(get("/networks/" + network.id()).with(NetworkFixtures.as(network.coordinator())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Requests to join").contains("I am the school&#39;s family support worker");
		assertThat(mvc.perform(get("/home").with(NetworkFixtures.as(network.coordinator())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Requests to join your networks");

		mvc.perform(post("/networks/" + network.id() + "/requests/" + request + "/accept").with(csrf())
			.with(NetworkFixtures.as(school.principal()))).andExpect(status().isForbidden());
		mvc.perform(post("/networks/" + network.id() + "/requests/" + request + "/accept").with(csrf())
			.with(NetworkFixtures.as(network.coordinator()))).andExpect(redirectedUrl("/networks/" + network.id()));

		assertThat(mvc.perform(get("/networks/" + network.id()).with(NetworkFixtures.as(school.principal())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(network.coordinatorEmail()).contains(school.email());
		assertThat(mvc.perform(get("/home").with(NetworkFixtures.as(school.principal())))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Your networks").contains(network.name());

		mvc.perform(post("/networks/" + network.id() + "/members/new").with(csrf())
			.with(NetworkFixtures.as(network.coordinator()))
			.param("userId", school.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("They are a member of this network already")));
		assertThat(audited(network.id(), "NETWORK_MEMBER_ADDED")).isEqualTo(2);
	}

	@Test
	void guessedIdsAreNotFoundAndOnlyTheCoordinatorChangesMembers() throws Exception {
		var network = networks.network();
		mvc.perform(get("/networks/" + UUID.randomUUID()).with(users.as(Role.MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/networks/" + network.id() + "/documents/minutes").with(users.as(Role.MANAGER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/networks/" + network.id() + "/members/new").with(users.as(Role.MANAGER)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/networks/" + network.id() + "/documents/terms/new").with(csrf())
			.with(NetworkFixtures.as(network.coordinator()))
			.param("seen", "0")
			.param("body", "We meet every three months.")).andExpect(redirectedUrl("/networks/" + network.id()));
		mvc.perform(post("/networks/" + network.id() + "/documents/terms/new").with(csrf())
			.with(NetworkFixtures.as(network.coordinator()))
			.param("seen", "0")
			.param("body", "A version written from an old page."))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else changed this record")));
		mvc.perform(get("/networks/" + network.id() + "/documents/terms").with(users.as(Role.VOLUNTEER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("We meet every three months.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("old page"))));
	}

}
