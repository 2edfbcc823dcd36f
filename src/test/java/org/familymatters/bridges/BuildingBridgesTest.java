package org.familymatters.bridges;

import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
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
 * Building Bridges over HTTP (issue 15, items 4 and 5): the safeguarding check blocks the
 * family home's agreement until a lead approves, and a lead cannot decide their own case
 * (audited); bad input is refused by the field with nothing saved; the pilot report
 * counts by quarter with small counts suppressed, on the page and in the CSV.
 */
@IntegrationTest
class BuildingBridgesTest {

	@Autowired
	BridgesFixtures fixtures;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private static String date(String field, LocalDate day, MockHttpServletRequestBuilder request) {
		request.param(field + ".day", Integer.toString(day.getDayOfMonth()))
			.param(field + ".month", Integer.toString(day.getMonthValue()))
			.param(field + ".year", Integer.toString(day.getYear()));
		return field;
	}

	private UUID refer(BridgesFixtures.TestFamily family, org.familymatters.identity.StaffPrincipal worker)
			throws Exception {
		mvc.perform(post("/families/" + family.id() + "/building-bridges").param("episode", family.episode().toString())
			.with(user(worker))
			.with(csrf())).andExpect(status().is3xxRedirection());
		return fixtures.referralOf(family.episode());
	}

	@Test
	void theSafeguardingCheckBlocksAgreementUntilALeadApprovesAndALeadCannotDecideTheirOwnCase() throws Exception {
		var locality = fixtures.locality("Bridges check", "Oxfordshire").id();
		var familyMatters = fixtures.organisation("Family Matters bridges", OrganisationType.VOLUNTARY, locality).id();
		// A support worker who is also a designated safeguarding lead: the case is
		// theirs.
		var worker = fixtures.user(familyMatters, Role.SUPPORT_WORKER, Role.SAFEGUARDING_LEAD);
		var family = fixtures.family(locality, worker, BridgesFixtures.BULLINGDON, LocalDate.of(2024, 5, 1));
		var socialCare = fixtures.organisation("Children's social care bridges", OrganisationType.SOCIAL_CARE,
				locality);
		var lead = fixtures.user(socialCare.id(), Role.SAFEGUARDING_LEAD);

		mvc.perform(get("/families/" + family.id()).with(user(worker)))
			.andExpect(content().string(containsString("/families/" + family.id() + "/building-bridges")));
		mvc.perform(get("/families/" + family.id() + "/building-bridges").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Refer to Building Bridges")));
		var referral = refer(family, worker);
		var base = "/building-bridges/referrals/" + referral;

		// No check asked for: the family home is not agreed.
		mvc.perform(post(base + "/home").param("decision", "AGREED")
			.param("reason", "The family wants him home")
			.param("version", "0")
			.with(user(worker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"A family home cannot be agreed until a designated safeguarding lead has approved the safeguarding check: ask for it first")));
		assertThat(fixtures.state(referral)).isEqualTo("- / - / 0");

		mvc.perform(post(base + "/family-answer").param("answer", "YES")
			.param("says", "Kerry and Jayden would have him home")
			.param("version", "0")
			.with(user(worker))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/check").param("note", "No concerns known; the son is 9.")
			.param("version", "1")
			.with(user(worker))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var check = fixtures.checkOf(referral);

		// Asked for, not decided: still not agreed.
		mvc.perform(post(base + "/home").param("decision", "AGREED")
			.param("reason", "The family wants him home")
			.param("version", "2")
			.with(user(worker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it is waiting for a decision")));

		// The worker, a lead too, cannot decide the check they asked for: refused and
		// audited.
		mvc.perform(get("/building-bridges/checks/" + check).with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You asked for this check")))
			.andExpect(content().string(not(containsString("Save the decision"))));
		mvc.perform(post("/building-bridges/checks/" + check).param("domesticAbuse", "None known")
			.param("riskToChildren", "None known")
			.param("licenceConditions", "None")
			.param("decision", "APPROVED")
			.param("reason", "Safe")
			.param("version", "0")
			.with(user(worker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A lead cannot decide their own case")));
		assertThat(fixtures.checkDecision(check)).isEqualTo("waiting");
		assertThat(fixtures.auditFor(family.id(), "BRIDGES_CHECK_DECIDED"))
			.containsExactly(worker.username() + " REFUSED ROLE OWN_CASE:ASKED_FOR_IT");

		// A lead of another county is refused, and that is audited.
		var elsewhere = fixtures.locality("Bridges elsewhere", "Berkshire").id();
		var otherLead = fixtures.user(
				fixtures.organisation("Social care elsewhere", OrganisationType.SOCIAL_CARE, elsewhere).id(),
				Role.SAFEGUARDING_LEAD);
		mvc.perform(get("/building-bridges/checks/" + check).with(user(otherLead))).andExpect(status().isForbidden());
		assertThat(fixtures.auditFor(family.id(), "BRIDGES_CHECK_VIEWED"))
			.contains(otherLead.username() + " REFUSED ROLE OTHER_COUNTY");

		// The county's lead sees it waiting, without names (no consent covers them), and
		// decides.
		mvc.perform(get("/home").with(user(lead)))
			.andExpect(content().string(containsString("Building Bridges safeguarding checks waiting")))
			.andExpect(content().string(containsString("/building-bridges/checks/" + check)));
		mvc.perform(get("/building-bridges/checks/" + check).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No concerns known; the son is 9.")))
			.andExpect(content().string(containsString("Child (son), 9 years old")))
			.andExpect(content().string(not(containsString(family.surname()))));
		mvc.perform(post("/building-bridges/checks/" + check).param("decision", "APPROVED")
			.param("version", "0")
			.with(user(lead))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record the domestic abuse history, or write none known")))
			.andExpect(content().string(containsString("Give the reason for your decision")));
		assertThat(fixtures.checkDecision(check)).isEqualTo("waiting");
		mvc.perform(post("/building-bridges/checks/" + check).param("domesticAbuse", "None known to police or us")
			.param("riskToChildren", "None known")
			.param("licenceConditions", "Live at the approved address")
			.param("decision", "APPROVED")
			.param("reason", "The home is safe for Jayden")
			.param("version", "0")
			.with(user(lead))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fixtures.checkDecision(check)).isEqualTo("approved");
		assertThat(fixtures.auditFor(family.id(), "BRIDGES_CHECK_DECIDED")).containsExactly(
				worker.username() + " REFUSED ROLE OWN_CASE:ASKED_FOR_IT",
				lead.username() + " ALLOWED ROLE SAFEGUARDING_LEAD");

		mvc.perform(post(base + "/home").param("decision", "AGREED")
			.param("reason", "Approved by the lead; the family wants him home")
			.param("version", "2")
			.with(user(worker))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fixtures.state(referral)).isEqualTo("agreed / - / 0");
		mvc.perform(get(base).with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The home is safe for Jayden")));
	}

	@Test
	void aReleaseBeforeTheSentenceAnOutcomeBeforeReleaseAndAPrisonOutsideThePilotAreRefused() throws Exception {
		var locality = fixtures.locality("Bridges input", "Oxfordshire").id();
		var worker = fixtures.user(
				fixtures.organisation("Family Matters input", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var sentenced = fixtures.today().minusMonths(10);
		var family = fixtures.family(locality, worker, BridgesFixtures.BULLINGDON, sentenced);
		var referral = refer(family, worker);
		var base = "/building-bridges/referrals/" + referral;

		var beforeSentence = post(base + "/release").param("accommodation", "FAMILY_HOME")
			.param("version", "0")
			.with(user(worker))
			.with(csrf());
		date("releasedOn", sentenced.minusDays(1), beforeSentence);
		mvc.perform(beforeSentence)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of release cannot be before the sentence date")));
		var tomorrow = post(base + "/release").param("accommodation", "FAMILY_HOME")
			.param("version", "0")
			.with(user(worker))
			.with(csrf());
		date("releasedOn", fixtures.today().plusDays(1), tomorrow);
		mvc.perform(tomorrow)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date of release cannot be in the future")));
		var notReleased = post(base + "/follow-ups/four_weeks").param("outcome", "SETTLED_WITH_FAMILY")
			.param("version", "0")
			.with(user(worker))
			.with(csrf());
		date("knownOn", fixtures.today(), notReleased);
		mvc.perform(notReleased)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Record release day before an outcome after it")));
		assertThat(fixtures.state(referral)).isEqualTo("- / - / 0");

		var releasedOn = fixtures.today().minusDays(30);
		var release = post(base + "/release").param("accommodation", "FAMILY_HOME")
			.param("version", "0")
			.with(user(worker))
			.with(csrf());
		date("releasedOn", releasedOn, release);
		mvc.perform(release).andExpect(status().is3xxRedirection());
		// The family's record learns it: the person is no longer in custody.
		assertThat(jdbc.sql("select released_on from custody_episode where id = :id")
			.param("id", family.episode())
			.query(LocalDate.class)
			.single()).isEqualTo(releasedOn);

		var beforeRelease = post(base + "/follow-ups/four_weeks").param("outcome", "SETTLED_WITH_FAMILY")
			.param("version", "1")
			.with(user(worker))
			.with(csrf());
		date("knownOn", releasedOn.minusDays(1), beforeRelease);
		mvc.perform(beforeRelease)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An outcome after release cannot be dated before the release")));
		var stale = post(base + "/follow-ups/four_weeks").param("outcome", "SETTLED_WITH_FAMILY")
			.param("version", "0")
			.with(user(worker))
			.with(csrf());
		date("knownOn", fixtures.today(), stale);
		mvc.perform(stale)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(fixtures.state(referral)).isEqualTo("- / " + releasedOn + " / 0");
		var known = post(base + "/follow-ups/four_weeks").param("outcome", "SETTLED_WITH_FAMILY")
			.param("version", "1")
			.with(user(worker))
			.with(csrf());
		date("knownOn", fixtures.today(), known);
		mvc.perform(known).andExpect(status().is3xxRedirection());
		assertThat(fixtures.state(referral)).isEqualTo("- / " + releasedOn + " / 1");

		// Someone held at a prison outside the pilot is not referred.
		var woodhill = fixtures.family(locality, worker, BridgesFixtures.WOODHILL, sentenced);
		mvc.perform(get("/families/" + woodhill.id() + "/building-bridges").with(user(worker)))
			.andExpect(content().string(containsString("The pilot does not cover this prison")))
			.andExpect(content().string(not(containsString("Refer to Building Bridges"))));
		mvc.perform(
				post("/families/" + woodhill.id() + "/building-bridges").param("episode", woodhill.episode().toString())
					.with(user(worker))
					.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("They cannot be referred: The pilot does not cover this prison")));
		mvc.perform(post("/families/" + woodhill.id() + "/building-bridges").param("episode", "\u0000")
			.with(user(worker))
			.with(csrf())).andExpect(status().isOk());

		// Someone of another locality may not refer.
		var elsewhere = fixtures.locality("Bridges input elsewhere", "Oxfordshire").id();
		var outsider = fixtures.user(
				fixtures.organisation("Family Matters input elsewhere", OrganisationType.VOLUNTARY, elsewhere).id(),
				Role.SUPPORT_WORKER);
		mvc.perform(get(base).with(user(outsider))).andExpect(status().isForbidden());
		assertThat(fixtures.auditFor(family.id(), "BRIDGES_REFERRAL_VIEWED"))
			.contains(outsider.username() + " REFUSED ROLE SUPPORT_WORKER");
	}

	@Test
	void thePilotReportCountsByQuarterAndShowsCountsFromOneToFourAsFewerThanFive() throws Exception {
		var locality = fixtures.locality("Bridges report", "Oxfordshire").id();
		var worker = fixtures.user(
				fixtures.organisation("Family Matters report", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var family = fixtures.family(locality, worker, BridgesFixtures.BULLINGDON, LocalDate.of(2001, 1, 1));
		// A quarter of its own, long before any other test's referrals.
		var year = 2002 + (int) (Math.random() * 15);
		var quarter = LocalDate.of(year, 4, 10);
		for (int i = 0; i < 6; i++) {
			fixtures.reported(family, worker, quarter.plusDays(i), "agreed", "family_home",
					(i < 5) ? "settled_with_family" : "homeless");
		}
		fixtures.reported(family, worker, quarter, "not_suitable", "council_temporary", null);

		var label = "April to June " + year;
		mvc.perform(get("/home").with(users.as(Role.MANAGER)))
			.andExpect(content().string(containsString("/building-bridges/report")));
		mvc.perform(get("/building-bridges/report").with(users.as(Role.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(label)))
			.andExpect(content().string(containsString("fewer than 5")));
		var csv = mvc.perform(get("/building-bridges/report.csv").with(users.as(Role.MANAGER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).contains(label + ",people referred,,7")
			.contains(label + ",family home,agreed,6")
			.contains(label + ",family home,not suitable,fewer than 5")
			.contains(label + ",accommodation on release,The family home,6")
			.contains(label + ",accommodation on release,Council temporary accommodation,fewer than 5")
			.contains(label + ",accommodation on release,No fixed abode,0")
			.contains(label + ",outcome at 4 weeks,Settled with family,5")
			.contains(label + ",outcome at 4 weeks,Homeless,fewer than 5")
			.doesNotContain(family.surname())
			.doesNotContain(family.reference());
		mvc.perform(get("/building-bridges/report").with(user(worker))).andExpect(status().isForbidden());
	}

}
