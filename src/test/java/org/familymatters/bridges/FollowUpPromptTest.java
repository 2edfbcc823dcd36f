package org.familymatters.bridges;

import java.time.LocalDate;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The follow-ups after release are prompted on the key worker's home page on the right
 * day, by the service's clock: not the day before the 4-week outcome falls due, from that
 * day until it is recorded, and then the 3-month one on its day. Isolated: it sets the
 * clock.
 */
@IntegrationTest
@Isolated
class FollowUpPromptTest {

	@Autowired
	BridgesFixtures fixtures;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	private void on(LocalDate day) {
		clock.set(day.atTime(12, 0).atZone(ServiceTime.ZONE));
	}

	@Test
	void eachFollowUpIsPromptedFromTheDayItFallsDueUntilItIsRecorded() throws Exception {
		var locality = fixtures.locality("Bridges prompts", "Oxfordshire").id();
		var worker = fixtures.user(
				fixtures.organisation("Family Matters prompts", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var family = fixtures.family(locality, worker, BridgesFixtures.BULLINGDON, LocalDate.of(2024, 5, 1));
		var releasedOn = LocalDate.of(2026, 1, 5);
		var referral = fixtures.released(family, worker, LocalDate.of(2025, 11, 3), releasedOn);
		var fourWeeks = "/building-bridges/referrals/" + referral + "/follow-ups/four_weeks";

		on(releasedOn.plusDays(27));
		mvc.perform(get("/home").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(referral.toString()))));

		on(releasedOn.plusDays(28));
		mvc.perform(get("/home").with(user(worker)))
			.andExpect(content().string(containsString("Building Bridges follow-ups due")))
			.andExpect(content().string(containsString(fourWeeks)))
			.andExpect(content().string(containsString("The 4-week outcome, due 2 February 2026")));

		on(releasedOn.plusDays(40));
		mvc.perform(get("/home").with(user(worker))).andExpect(content().string(containsString(fourWeeks)));
		mvc.perform(post(fourWeeks).param("outcome", "SETTLED_WITH_FAMILY")
			.param("knownOn.day", "4")
			.param("knownOn.month", "2")
			.param("knownOn.year", "2026")
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/home").with(user(worker)))
			.andExpect(content().string(not(containsString(referral.toString()))));

		on(releasedOn.plusMonths(3));
		mvc.perform(get("/home").with(user(worker)))
			.andExpect(content()
				.string(containsString("/building-bridges/referrals/" + referral + "/follow-ups/three_months")))
			.andExpect(content().string(containsString("The 3-month outcome, due 5 April 2026")));
	}

}
