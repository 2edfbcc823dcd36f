package org.familymatters.consent;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.familymatters.family.FamilyRecords;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Consent stops counting the moment it is withdrawn, and the day after its review date: a
 * school with consent sees its pupil; the consent is withdrawn on the page; the school's
 * next request is refused and audited with the consent that no longer covers it. Likewise
 * for consent that lapses and a safeguarding approval past its end date; and consent to
 * custody details alone names nobody.
 */
@IntegrationTest
class ConsentWithdrawalTest {

	@Autowired
	ConsentFixtures fixtures;

	@Autowired
	FamilyRecords records;

	@Autowired
	AccessDecision access;

	@Autowired
	MockMvc mvc;

	@Test
	void aSchoolSeesItsPupilUntilConsentIsWithdrawnThenIsRefusedAndAudited() throws Exception {
		var locality = fixtures.locality("Withdrawal").id();
		var supportWorker = fixtures.user(
				fixtures.organisation("Family Matters withdrawal", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var school = fixtures.organisation("Withdrawal primary school", OrganisationType.SCHOOL, locality);
		var teacher = fixtures.user(school.id(), Role.AGENCY_PRACTITIONER);
		var family = fixtures.family(locality, school.id(), null);
		var consent = fixtures.consent(supportWorker, family, EnumSet.allOf(InformationKind.class), Set.of(),
				Set.of(OrganisationType.SCHOOL), ConsentFixtures.today().minusDays(3),
				ConsentFixtures.today().plusMonths(6));

		var seen = fixtures.as(teacher, () -> records.view(family.id()));
		assertThat(seen.people()).extracting(p -> p.fullName()).containsExactly("Jayden Whitlock");
		assertThat(seen.people().get(0).phone()).isNull();
		assertThat(seen.custody()).isEmpty();
		assertThat(seen.showsHousehold()).isFalse();

		mvc.perform(post("/families/" + family.id() + "/consent/" + consent + "/withdraw")
			.param("note", "Kerry withdrew consent at the school gate")
			.with(user(supportWorker))
			.with(csrf())).andExpect(status().is3xxRedirection());

		fixtures.as(teacher,
				() -> assertThatThrownBy(() -> records.view(family.id())).isInstanceOf(AccessDeniedException.class));

		assertThat(fixtures.auditFor(family.id(), "FAMILY_VIEWED")).containsExactly(
				teacher.username() + " ALLOWED CONSENT " + consent,
				teacher.username() + " REFUSED CONSENT WITHDRAWN:" + consent);
		assertThat(fixtures.auditFor(family.id(), "CONSENT_WITHDRAWN"))
			.containsExactly(supportWorker.username() + " ALLOWED ROLE SUPPORT_WORKER");
	}

	@Test
	void theRefusalPageSaysConsentWasWithdrawnOnWhichDayAndWhoToAsk() throws Exception {
		var locality = fixtures.locality("Refusal words").id();
		var supportWorker = fixtures.user(
				fixtures.organisation("Family Matters refusal", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var school = fixtures.organisation("Refusal primary school", OrganisationType.SCHOOL, locality);
		var teacher = fixtures.user(school.id(), Role.AGENCY_PRACTITIONER);
		var family = fixtures.family(locality, school.id(), null);
		fixtures.keyWorker(family, supportWorker, "key.worker@example.org");
		var consent = fixtures.consent(supportWorker, family, EnumSet.of(InformationKind.IDENTITY), Set.of(),
				Set.of(OrganisationType.SCHOOL), ConsentFixtures.today().minusDays(3), null);
		mvc.perform(get("/families/" + family.id()).with(user(teacher))).andExpect(status().isOk());
		fixtures.withdraw(supportWorker, family, consent);

		var today = ConsentFixtures.today().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
		mvc.perform(get("/families/" + family.id()).with(user(teacher)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("You cannot see this family’s record")))
			.andExpect(content().string(containsString(
					"withdrew their consent to share their information with your " + "organisation on " + today)))
			.andExpect(content().string(containsString(family.reference())))
			.andExpect(content().string(containsString(supportWorker.displayName())))
			.andExpect(content().string(containsString("mailto:key.worker@example.org")))
			.andExpect(content().string(not(containsString("Your role does not allow you"))));
		mvc.perform(get("/api/families/" + family.id()).with(user(teacher)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("withdrew"))));
	}

	@Test
	void aRoleThatNeverSeesFamiliesIsToldOnlyThat() throws Exception {
		var locality = fixtures.locality("Refusal roles").id();
		var family = fixtures.family(locality, null, null);
		var volunteer = fixtures.user(
				fixtures.organisation("Refusal court desk", OrganisationType.VOLUNTARY, locality).id(), Role.VOLUNTEER);
		mvc.perform(get("/families/" + family.id()).with(user(volunteer)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Your role does not let you see or change families’ records")))
			.andExpect(content().string(not(containsString(family.reference()))));
	}

	@Test
	void consentCountsUntilItsReviewDateAndNotAfter() {
		var locality = fixtures.locality("Expiry").id();
		var supportWorker = fixtures.user(
				fixtures.organisation("Family Matters expiry", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var probation = fixtures.organisation("Expiry probation", OrganisationType.PROBATION, locality);
		var officer = fixtures.user(probation.id(), Role.AGENCY_PRACTITIONER);
		var family = fixtures.family(locality, null, null);
		var review = ConsentFixtures.today().plusDays(30);
		var consent = fixtures.consent(supportWorker, family, EnumSet.allOf(InformationKind.class),
				Set.of(probation.id()), Set.of(), ConsentFixtures.today(), review);
		var subject = fixtures.subject(family.id());

		fixtures.as(officer, () -> {
			assertThat(access.decide(subject, review).allowed()).as("on the review date").isTrue();
			var after = access.decide(subject, review.plusDays(1));
			assertThat(after.allowed()).as("the day after").isFalse();
			assertThat(after.reference()).isEqualTo("EXPIRED:" + consent);
		});
	}

	@Test
	void aSafeguardingApprovalCountsUntilItsEndDateAndNotAfter() {
		var locality = fixtures.locality("Safeguarding ends").id();
		var supportWorker = fixtures.user(
				fixtures.organisation("Family Matters ends", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var socialCare = fixtures.organisation("Ends social care", OrganisationType.SOCIAL_CARE, locality);
		var socialWorker = fixtures.user(socialCare.id(), Role.AGENCY_PRACTITIONER);
		var lead = fixtures.user(socialCare.id(), Role.SAFEGUARDING_LEAD);
		var family = fixtures.family(locality, null, null);
		var ends = ConsentFixtures.today().plusDays(7);
		var approval = fixtures.approvedSafeguarding(supportWorker, lead, family, Set.of(socialCare.id()), ends);
		var subject = fixtures.subject(family.id());

		fixtures.as(socialWorker, () -> {
			var until = access.decide(subject, ends);
			assertThat(until.allowed()).isTrue();
			assertThat(until.basis().name()).isEqualTo("SAFEGUARDING");
			assertThat(until.reference()).isEqualTo(approval.toString());
			assertThat(access.decide(subject, ends.plusDays(1)).allowed()).isFalse();
		});
	}

	@Test
	void consentToCustodyDetailsAloneShowsTheCustodyAndNamesNobody() {
		var locality = fixtures.locality("Custody only").id();
		var supportWorker = fixtures.user(
				fixtures.organisation("Family Matters custody", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var housing = fixtures.organisation("Custody housing", OrganisationType.HOUSING, locality);
		var officer = fixtures.user(housing.id(), Role.AGENCY_PRACTITIONER);
		var family = fixtures.family(locality, null, null);
		var consent = fixtures.consent(supportWorker, family, EnumSet.of(InformationKind.CUSTODY), Set.of(housing.id()),
				Set.of(), ConsentFixtures.today(), null);

		var seen = fixtures.as(officer, () -> records.view(family.id()));
		assertThat(seen.access().reference()).isEqualTo(consent.toString());
		assertThat(seen.custody()).hasSize(1);
		assertThat(seen.custody().get(0).prisonName()).isEqualTo("HMP Bullingdon");
		assertThat(seen.people()).as("nobody is named").isEmpty();
		assertThat(seen.timeline()).isEmpty();
		assertThat(seen.showsHousehold()).isFalse();
		assertThat(seen.family().postcode()).isNull();
	}

	@Test
	void aKeyWorkerWhoIsNoLongerASupportWorkerSeesNothing() {
		var locality = fixtures.locality("Key worker").id();
		var organisation = fixtures.organisation("Family Matters key worker", OrganisationType.VOLUNTARY, null);
		var manager = fixtures.user(organisation.id(), Role.MANAGER);
		var family = fixtures.family(locality, null, null);
		var subject = new AccessSubject(family.id(), locality, manager.id(), Map.of());
		fixtures.as(manager, () -> assertThat(access.decide(subject, ConsentFixtures.today()).allowed()).isFalse());
	}

}
