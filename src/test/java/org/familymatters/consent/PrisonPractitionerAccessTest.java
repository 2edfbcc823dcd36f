package org.familymatters.consent;

import java.util.EnumSet;
import java.util.Set;

import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A prison's staff (agency practitioners of an organisation of type PRISON) see a
 * family's record only as far as consent, or an approval to share without consent, covers
 * their own prison (issue 15): consent naming another prison shows them nothing; consent
 * naming theirs for custody details only shows the custody episodes and the family's
 * reference, nobody by name; an approval naming their prison shows everything but changes
 * nothing. Each view is audited with its basis, each refusal too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrisonPractitionerAccessTest {

	@Autowired
	ConsentFixtures fixtures;

	@Autowired
	MockMvc mvc;

	Organisation theirPrison;

	Organisation anotherPrison;

	StaffPrincipal prisonOfficer;

	StaffPrincipal supportWorker;

	StaffPrincipal lead;

	Organisation familyMatters;

	@BeforeAll
	void prisonsAndUsers() {
		var locality = fixtures.locality("Prison access").id();
		familyMatters = fixtures.organisation("Family Matters prison access", OrganisationType.VOLUNTARY, locality);
		supportWorker = fixtures.user(familyMatters.id(), Role.SUPPORT_WORKER);
		lead = fixtures.user(
				fixtures.organisation("Social care prison access", OrganisationType.SOCIAL_CARE, locality).id(),
				Role.SAFEGUARDING_LEAD);
		theirPrison = fixtures.organisation("HMP Access test", OrganisationType.PRISON, null);
		anotherPrison = fixtures.organisation("HMP Other access test", OrganisationType.PRISON, null);
		prisonOfficer = fixtures.user(theirPrison.id(), Role.AGENCY_PRACTITIONER);
	}

	private ConsentFixtures.TestFamily family() {
		return fixtures.family(familyMatters.localityId(), null, null);
	}

	@Test
	void consentNamingAnotherPrisonShowsThemNothing() throws Exception {
		var family = family();
		fixtures.consent(supportWorker, family, Set.of(anotherPrison.id()), Set.of());
		mvc.perform(get("/families/" + family.id()).with(user(prisonOfficer)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Whitlock"))))
			.andExpect(content().string(not(containsString("A1234BC"))));
		assertThat(fixtures.auditFor(family.id(), "FAMILY_VIEWED"))
			.containsExactly(prisonOfficer.username() + " REFUSED ROLE NO_CONSENT_OR_SAFEGUARDING");
	}

	@Test
	void consentNamingTheirPrisonForCustodyDetailsShowsTheCustodyAndNobodyByName() throws Exception {
		var family = family();
		var consent = fixtures.consent(supportWorker, family, EnumSet.of(InformationKind.CUSTODY),
				Set.of(theirPrison.id()), Set.of(), ConsentFixtures.today().minusDays(3),
				ConsentFixtures.today().plusMonths(6));
		mvc.perform(get("/families/" + family.id()).with(user(prisonOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(family.reference())))
			.andExpect(content().string(containsString("A1234BC")))
			.andExpect(content().string(containsString("HMP Bullingdon")))
			.andExpect(content().string(containsString("Family services at HMP Bullingdon")))
			.andExpect(content().string(not(containsString("Whitlock"))))
			.andExpect(content().string(not(containsString("Darren"))))
			.andExpect(content().string(not(containsString("Kerry"))))
			.andExpect(content().string(not(containsString("07700 900123"))))
			.andExpect(content().string(not(containsString("Record a custody episode"))));
		assertThat(fixtures.auditFor(family.id(), "FAMILY_VIEWED"))
			.containsExactly(prisonOfficer.username() + " ALLOWED CONSENT " + consent);
	}

	@Test
	void anApprovalNamingTheirPrisonShowsEverythingButChangesNothing() throws Exception {
		var family = family();
		var approval = fixtures.approvedSafeguarding(supportWorker, lead, family, Set.of(theirPrison.id()),
				ConsentFixtures.today().plusDays(30));
		mvc.perform(get("/families/" + family.id()).with(user(prisonOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kerry")))
			.andExpect(content().string(containsString("A1234BC")))
			.andExpect(content().string(not(containsString("Record a custody episode"))));
		mvc.perform(get("/families/" + family.id() + "/custody/new").with(user(prisonOfficer)))
			.andExpect(status().isForbidden());
		assertThat(fixtures.auditFor(family.id(), "FAMILY_VIEWED")).containsExactly(
				prisonOfficer.username() + " ALLOWED SAFEGUARDING " + approval,
				prisonOfficer.username() + " REFUSED SAFEGUARDING " + approval);
	}

}
