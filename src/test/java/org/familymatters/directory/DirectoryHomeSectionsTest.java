package org.familymatters.directory;

import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11, item 1: the directory's part of the home page. Administrators and support
 * workers see the services waiting for a review, with the review queue; a training
 * coordinator, until training is in the service, the resources they keep.
 */
@IntegrationTest
class DirectoryHomeSectionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void administratorsAndSupportWorkersSeeTheServicesWaitingForAReview() throws Exception {
		for (var role : new Role[] { Role.ADMINISTRATOR, Role.SUPPORT_WORKER }) {
			mvc.perform(get("/home").with(users.as(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Directory services waiting for a review")))
				.andExpect(content().string(matchesPattern(
						"(?s).*Directory services waiting for a review</span>\\s*<strong class=\"govuk-tag fm-home-count[^\"]*\"\\s*>\\d+</strong>.*")))
				.andExpect(content().string(containsString("href=\"/directory/services/review\"")))
				.andExpect(content().string(not(containsString("Resources you keep"))));
		}
		mvc.perform(get("/home").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(content().string(containsString("href=\"/admin/directory\"")));
	}

	@Test
	void aTrainingCoordinatorSeesTheResourcesTheyKeep() throws Exception {
		mvc.perform(get("/home").with(users.as(Role.TRAINING_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Resources you keep")))
			.andExpect(content().string(containsString("href=\"/directory/resources/new\"")))
			.andExpect(content().string(containsString("href=\"/directory/resources\"")))
			.andExpect(content().string(not(containsString("Directory services waiting for a review"))));
	}

	@Test
	void otherRolesSeeNeither() throws Exception {
		for (var role : new Role[] { Role.VOLUNTEER, Role.AGENCY_PRACTITIONER, Role.MANAGER }) {
			mvc.perform(get("/home").with(users.as(role)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Directory services waiting for a review"))))
				.andExpect(content().string(not(containsString("Resources you keep"))));
		}
	}

}
