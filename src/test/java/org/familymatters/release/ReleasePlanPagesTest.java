package org.familymatters.release;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Release planning over HTTP: starting too early or for an ended episode refused, the
 * sections recorded (a stale save and bad input refused, nothing saved), a release action
 * reaching the family's support plan and its owner's actions, the home page's releases
 * coming up, and who may read a plan.
 */
@IntegrationTest
class ReleasePlanPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanFixtures plans;

	@Autowired
	ReleaseFixtures release;

	@Autowired
	JdbcClient jdbc;

	StaffPrincipal worker;

	UUID agency;

	StaffPrincipal owner;

	PlanFixtures.PlanFamily family;

	UUID father;

	LocalDate today;

	@BeforeEach
	void aFamilyWithAFatherInCustody() {
		today = PlanFixtures.today();
		var locality = plans.locality("Release");
		var own = plans.organisation("Family Matters", OrganisationType.VOLUNTARY, locality.id());
		worker = plans.user(own.id(), Role.SUPPORT_WORKER);
		agency = plans.organisation("Probation service", OrganisationType.PROBATION, locality.id()).id();
		owner = plans.user(agency, Role.AGENCY_PRACTITIONER);
		plans.email(owner);
		family = plans.family(locality.id(), worker);
		father = release.father(family.id());
	}

	private String page(UUID episode) {
		return "/families/" + family.id() + "/release/" + episode;
	}

	private MockHttpServletRequestBuilder send(String path) {
		return post(path).with(user(worker)).with(csrf());
	}

	private void start(UUID episode) throws Exception {
		mvc.perform(send(page(episode) + "/start")).andExpect(status().is3xxRedirection());
	}

	@Test
	void startingTooEarlyOrForAnEpisodeThatHasEndedIsRefused() throws Exception {
		var early = release.episode(father, today.plusWeeks(12).plusDays(1), null);
		mvc.perform(get(page(early)).with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("you can start it from")))
			.andExpect(content().string(not(containsString("Start the release plan"))));
		start(early);
		assertThat(release.version(early)).isEqualTo(-1);

		var ended = release.episode(father, today.minusDays(2), today.minusDays(1));
		start(ended);
		assertThat(release.version(ended)).isEqualTo(-1);
		mvc.perform(get(page(ended)).with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This custody episode has ended")));

		var unknown = release.episode(father, null, null);
		start(unknown);
		assertThat(release.version(unknown)).isEqualTo(-1);
	}

	@Test
	void theKeyWorkerRecordsEachSectionAndAStaleOrHalfDoneSaveIsRefused() throws Exception {
		var episode = release.episode(father, today.plusWeeks(10), null);
		mvc.perform(get("/families/" + family.id()).with(user(worker)))
			.andExpect(content().string(containsString(page(episode))));
		mvc.perform(get(page(episode)).with(user(worker)))
			.andExpect(content().string(containsString("Start the release plan")));
		start(episode);
		assertThat(release.version(episode)).isZero();

		// Another address with no first line: refused by the field, nothing saved.
		mvc.perform(send(page(episode) + "/where").param("living", "other_address")
			.param("postcode", "OX16 5QB")
			.param("childrenLiveThere", "no")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the first line of the address")));
		assertThat(release.version(episode)).isZero();

		mvc.perform(send(page(episode) + "/where").param("living", "family_home")
			.param("childrenLiveThere", "yes")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		// The same form again, from the version before: someone else's change is kept.
		mvc.perform(send(page(episode) + "/where").param("living", "no_fixed_abode").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(release.column(episode, "living")).isEqualTo("family_home");

		mvc.perform(send(page(episode) + "/family").param("familyView", "We want him home for the children")
			.param("agreements[0].personId", family.parent().toString())
			.param("agreements[0].answer", "agrees")
			.param("agreements[0].note", "As long as he keeps to his licence")
			.param("version", "1")).andExpect(status().is3xxRedirection());
		mvc.perform(send(page(episode) + "/probation").param("probationOrganisationId", agency.toString())
			.param("practitioner", "Sam Officer")
			.param("contact", "01865 000111")
			.param("version", "2")).andExpect(status().is3xxRedirection());
		mvc.perform(send(page(episode) + "/money").param("benefits", "not_yet")
			.param("identityDocuments", "arranged")
			.param("version", "3")).andExpect(status().is3xxRedirection());
		mvc.perform(send(page(episode) + "/release-day").param("metBy", "His partner, at the gate at 9:00")
			.param("travel", "By car")
			.param("firstAppointments", "Probation at 14:00 the same day")
			.param("version", "4")).andExpect(status().is3xxRedirection());

		mvc.perform(get(page(episode)).with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The family home")))
			.andExpect(content().string(containsString("We want him home for the children")))
			.andExpect(content().string(containsString("Agrees: As long as he keeps to his licence")))
			.andExpect(content().string(containsString("Sam Officer")))
			.andExpect(content().string(containsString("Not yet arranged")))
			.andExpect(content().string(containsString("His partner, at the gate at 9:00")));
		assertThat(plans.auditFor(family.id(), "RELEASE_PLAN_CHANGED")).hasSize(5)
			.allSatisfy(event -> assertThat(event).contains("ALLOWED ROLE"));
	}

	@Test
	void aReleaseActionGoesIntoTheSupportPlanAndReachesItsOwner() throws Exception {
		var episode = release.episode(father, today.plusWeeks(6), null);
		start(episode);
		mvc.perform(get(page(episode) + "/actions/new").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Goes to school every day")));
		var add = send(page(episode) + "/actions/new").param("goalId", family.goal().toString())
			.param("description", "Book the first probation appointment after release")
			.param("ownerOrganisationId", agency.toString())
			.param("ownerUserId", owner.id().toString())
			.param("dueOn.day", String.valueOf(today.plusDays(20).getDayOfMonth()))
			.param("dueOn.month", String.valueOf(today.plusDays(20).getMonthValue()))
			.param("dueOn.year", String.valueOf(today.plusDays(20).getYear()));
		mvc.perform(add).andExpect(status().is3xxRedirection());

		mvc.perform(get(page(episode)).with(user(worker)))
			.andExpect(content().string(containsString("Book the first probation appointment after release")))
			.andExpect(content().string(containsString("Not started")));
		mvc.perform(get("/families/" + family.id() + "/plan").with(user(worker)))
			.andExpect(content().string(containsString("Book the first probation appointment after release")));
		mvc.perform(get("/actions").with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Book the first probation appointment after release")));
		assertThat(plans.auditFor(family.id(), "ACTION_ADDED")).hasSize(1);
		assertThat(plans.auditFor(family.id(), "RELEASE_ACTION_ADDED")).hasSize(1);
	}

	@Test
	void aFamilyWithNoOpenSupportPlanIsToldToStartOne() throws Exception {
		var locality = plans.locality("Release, no plan");
		var own = plans.organisation("Family Matters", OrganisationType.VOLUNTARY, locality.id());
		var other = plans.user(own.id(), Role.SUPPORT_WORKER);
		var noPlan = plans.family(locality.id(), other);
		var episode = release.episode(release.father(noPlan.id()), today.plusWeeks(3), null);
		var path = "/families/" + noPlan.id() + "/release/" + episode;
		mvc.perform(post(path + "/start").with(user(other)).with(csrf())).andExpect(status().is3xxRedirection());
		// Its support plan closed, written straight in (closing it also closes the
		// family).
		closePlan(noPlan.plan());
		mvc.perform(get(path + "/actions/new").with(user(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The family has no open support plan")))
			.andExpect(content().string(containsString("/families/" + noPlan.id() + "/plan")));
	}

	private void closePlan(UUID planId) {
		jdbc.sql("update plan_support_plan set status = 'closed', closed_on = current_date, "
				+ "closed_reason = 'Test' where id = :id")
			.param("id", planId)
			.update();
	}

	@Test
	void theHomePageAndTheListShowPeopleDueForRelease() throws Exception {
		var episode = release.episode(father, today.plusWeeks(9), null);
		var later = release.episode(father, today.plusWeeks(20), null);
		mvc.perform(get("/home").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Releases coming up")))
			.andExpect(content().string(containsString(page(episode))))
			.andExpect(content().string(not(containsString(page(later)))));
		mvc.perform(get("/releases").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(page(episode))))
			.andExpect(content().string(containsString("Not started")));
		assertThat(plans.auditFor(family.id(), "RELEASES_LISTED")).hasSize(2);
	}

	@Test
	void anAgencyWhoseConsentCoversCustodyReadsThePlanAndOtherAgenciesAreRefused() throws Exception {
		var episode = release.episode(father, today.plusWeeks(4), null);
		start(episode);
		mvc.perform(send(page(episode) + "/family").param("familyView", "Only for the family's workers")
			.param("agreements[0].personId", family.parent().toString())
			.param("agreements[0].answer", "agrees")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		release.consent(worker, family.id(), family.parent(), EnumSet.of(InformationKind.CUSTODY), agency);
		mvc.perform(get(page(episode)).with(user(owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contact with probation")))
			.andExpect(content().string(not(containsString("Only for the family"))))
			.andExpect(content().string(not(containsString("Start the release plan"))));
		mvc.perform(get(page(episode) + "/where").with(user(owner))).andExpect(status().isForbidden());

		var housing = plans.organisation("Housing advice", OrganisationType.HOUSING, null).id();
		var adviser = plans.user(housing, Role.AGENCY_PRACTITIONER);
		release.consent(worker, family.id(), family.parent(), EnumSet.of(InformationKind.NEEDS), housing);
		mvc.perform(get(page(episode)).with(user(adviser))).andExpect(status().isForbidden());

		assertThat(plans.auditFor(family.id(), "RELEASE_PLAN_VIEWED"))
			.anySatisfy(event -> assertThat(event).startsWith(owner.username() + " ALLOWED CONSENT"))
			.anySatisfy(
					event -> assertThat(event).startsWith(adviser.username() + " REFUSED CONSENT CUSTODY_NOT_COVERED"));
	}

}
