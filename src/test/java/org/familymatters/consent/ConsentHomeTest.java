package org.familymatters.consent;

import java.util.EnumSet;
import java.util.Set;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the consent module puts on a person's home page (issue 11): a support worker's
 * consent reviews due; a lead's requests waiting in their localities and approvals ending
 * within 14 days, each with "End now"; a practitioner's own requests with their
 * references and status.
 */
@IntegrationTest
class ConsentHomeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsentFixtures fixtures;

	@Test
	void aSupportWorkerSeesTheConsentReviewsDueOfTheirFamilies() throws Exception {
		var locality = fixtures.locality("Home reviews").id();
		var supportWorker = fixtures.user(
				fixtures.organisation("Family Matters home", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var dueSoon = fixtures.family(locality, null, null);
		var notYet = fixtures.family(locality, null, null);
		var probation = fixtures.organisation("Home probation", OrganisationType.PROBATION, locality);
		var today = ConsentFixtures.today();
		fixtures.consent(supportWorker, dueSoon, EnumSet.of(InformationKind.IDENTITY), Set.of(probation.id()), Set.of(),
				today.minusMonths(11), today.plusDays(20));
		fixtures.consent(supportWorker, notYet, EnumSet.of(InformationKind.IDENTITY), Set.of(probation.id()), Set.of(),
				today.minusMonths(1), today.plusDays(60));
		mvc.perform(get("/home").with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Consent reviews due")))
			.andExpect(content().string(containsString("/families/" + dueSoon.id() + "/consent")))
			.andExpect(content().string(not(containsString("/families/" + notYet.id() + "/consent"))))
			.andExpect(content().string(containsString("Your safeguarding requests")));
	}

	@Test
	void aLeadSeesWhatWaitsInTheirLocalitiesAndTheApprovalsEndingSoon() throws Exception {
		var locality = fixtures.locality("Home leads").id();
		var supportWorker = fixtures.user(
				fixtures.organisation("Family Matters leads", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var socialCare = fixtures.organisation("Home social care", OrganisationType.SOCIAL_CARE, locality);
		var lead = fixtures.user(socialCare.id(), Role.SAFEGUARDING_LEAD);
		var family = fixtures.family(locality, null, null);
		var approval = fixtures.approvedSafeguarding(supportWorker, lead, family, Set.of(socialCare.id()),
				ConsentFixtures.today().plusDays(5));
		mvc.perform(get("/home").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Safeguarding requests waiting for a decision")))
			.andExpect(content().string(containsString("Approvals ending within 14 days")))
			.andExpect(content().string(containsString("End now: " + family.reference())))
			.andExpect(content().string(containsString("/safeguarding/requests/" + approval + "/end")))
			.andExpect(content().string(containsString("Families shared with you")));
	}

}
