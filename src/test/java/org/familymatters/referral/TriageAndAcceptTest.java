package org.familymatters.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Triage over HTTP: the queue shows names and days waiting, filters by locality (only the
 * support worker's) and source, and pages without a cap, refusing any other filter by its
 * field; the support worker's home page counts the new referrals; accepting carries the
 * address, contact details, best time to call and story into the family with the key
 * worker chosen, and links the family and the referral both ways; the criteria met can be
 * changed at triage.
 */
@IntegrationTest
class TriageAndAcceptTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralTestData data;

	@Autowired
	ReferralIntake intake;

	@Autowired
	Clock clock;

	private UUID selfReferral(UUID locality, String given, String family) {
		return intake
			.receive(new NewReferral(ReferralSource.SELF, given + " " + family, null, "01632 960002", null, null,
					locality,
					List.of(new NewReferral.Person(given, family, null, null, null, FamilyRole.PARENT_OR_CARER, null,
							null, null, null)),
					"We need help.", List.of(), List.of(), true))
			.id();
	}

	@Test
	void theQueueShowsNamesAndDaysWaitingFiltersAndPagesWithoutACap() throws Exception {
		var localityName = data.newLocality("Triage paging");
		var locality = data.locality(localityName);
		var support = data.supportWorker(mvc, localityName);
		var name = ReferralTestData.familyName();
		var oldest = selfReferral(locality, "Oldest", name);
		jdbc.sql("update referral set created_at = :at where id = :id")
			.param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(3))))
			.param("id", oldest)
			.update();
		for (int i = 1; i < 27; i++) {
			selfReferral(locality, "Person" + (char) ('a' + i % 26), name);
		}
		intake
			.receive(new NewReferral(ReferralSource.PROBATION, "Officer Quaye", "probation@example.org", null, null,
					"Probation (test)", locality, List.of(new NewReferral.Person("Probed", name, null, null, null,
							FamilyRole.IN_CUSTODY, null, null, null, null)),
					"On licence.", List.of(), List.of(), true));
		var oldestReference = jdbc.sql("select reference from referral where id = :id")
			.param("id", oldest)
			.query(String.class)
			.single();

		mvc.perform(get("/referrals/triage").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1 to 25 of 28 waiting.")))
			.andExpect(content().string(containsString(oldestReference)))
			.andExpect(content().string(containsString("Oldest " + name)))
			.andExpect(content().string(containsString("Waiting 3 days")))
			.andExpect(content().string(containsString("data-label=\"People named\"")))
			.andExpect(content().string(containsString("href=\"/referrals/triage?page=2\"")));
		mvc.perform(get("/referrals/triage").param("page", "2").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 26 to 28 of 28 waiting.")))
			.andExpect(content().string(not(containsString(oldestReference))));
		mvc.perform(get("/referrals/triage").param("page", "9").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 9: 28 referrals are waiting, on 2 pages.")));
		mvc.perform(get("/referrals/triage").param("page", "\u0000").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1 to 25 of 28 waiting.")));
		mvc.perform(get("/referrals/triage").param("source", "probation").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing 1 to 1 of 1 waiting.")))
			.andExpect(content().string(containsString("Probed " + name)));
		mvc.perform(get("/referrals/triage").param("source", "%00\u0000").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#source\"")))
			.andExpect(content().string(containsString("Choose where the referrals come from")))
			.andExpect(content().string(not(containsString("Showing"))));
		mvc.perform(get("/referrals/triage").param("locality", data.locality("Slough").toString()).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of your localities")))
			.andExpect(content().string(not(containsString("Showing"))));
		mvc.perform(get("/referrals/triage").param("locality", "\u0000").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a locality from the list")));

		mvc.perform(get("/home").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("New referrals in " + localityName)))
			.andExpect(content().string(containsString(">28</strong>")))
			.andExpect(content().string(containsString(oldestReference + ": Oldest " + name)))
			.andExpect(content().string(containsString("Waiting 3 days, from the family itself")))
			.andExpect(content().string(containsString("The oldest 5 of 28, oldest first.")));

		var elsewhere = data.sloughSupportWorker(mvc);
		mvc.perform(get("/referrals/triage").param("locality", locality.toString()).cookie(elsewhere))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(oldestReference))));
	}

	@Test
	void acceptingCarriesEverythingIntoTheFamilyWithTheKeyWorkerChosenAndLinksBothWays() throws Exception {
		var name = ReferralTestData.familyName();
		data.askForSupport(mvc,
				new ReferralTestData.SelfRequest("Banbury", "Alex", name, "PARENT_OR_CARER", "07700 900123", null,
						"Evenings after 6", "12 High Street", "Banbury", "OX16 5QB",
						List.of(new ReferralTestData.SelfRequest.Other("Jules", name, "CHILD", "3", "4", "2017")),
						"Jules's father was sent to prison on Friday and Jules will not go to school."))
			.andExpect(redirectedUrl("/ask-for-support/sent"));
		var id = data.referralNaming(name);
		var reference = jdbc.sql("select reference from referral where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		var support = data.supportWorker(mvc, "Banbury");
		var colleague = data.user(data.organisation("Banbury", OrganisationType.VOLUNTARY), Role.SUPPORT_WORKER);
		var elsewhere = data.user(data.organisation("Slough", OrganisationType.VOLUNTARY), Role.SUPPORT_WORKER);

		mvc.perform(get("/referrals/" + id).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 of the 5 criteria for Banbury")))
			.andExpect(content().string(containsString("Evenings after 6")))
			.andExpect(content().string(containsString("value=\"" + colleague.id() + "\"")))
			.andExpect(content().string(not(containsString("value=\"" + elsewhere.id() + "\""))));

		mvc.perform(post("/referrals/" + id + "/accept").param("version", String.valueOf(data.version(id)))
			.param("keyWorkerId", elsewhere.id().toString())
			.cookie(support)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#keyWorkerId\"")))
			.andExpect(content().string(containsString("Choose a support worker of the locality as the key worker")));
		assertThat(jdbc.sql("select status from referral where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("received");

		var accepted = mvc
			.perform(post("/referrals/" + id + "/accept").param("version", String.valueOf(data.version(id)))
				.param("keyWorkerId", colleague.id().toString())
				.cookie(support)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		var familyId = jdbc.sql("select family_id from referral where id = :id")
			.param("id", id)
			.query(UUID.class)
			.single();
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/families/" + familyId);
		var family = jdbc.sql("""
				select key_worker_id, address_line_1, address_line_2, town, postcode, best_time_to_call, referral_id,
				       referral_reference, reference
				from family where id = :id
				""").param("id", familyId).query().singleRow();
		assertThat(family).containsEntry("key_worker_id", colleague.id())
			.containsEntry("address_line_1", "12 High Street")
			.containsEntry("address_line_2", null)
			.containsEntry("town", "Banbury")
			.containsEntry("postcode", "OX16 5QB")
			.containsEntry("best_time_to_call", "Evenings after 6")
			.containsEntry("referral_id", id)
			.containsEntry("referral_reference", reference);
		assertThat(jdbc.sql("select phone from person where family_id = :id and given_name = 'Alex'")
			.param("id", familyId)
			.query(String.class)
			.single()).isEqualTo("07700 900123");

		mvc.perform(get("/families/" + familyId).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("From referral")))
			.andExpect(content().string(containsString("href=\"/referrals/" + id + "\"")))
			.andExpect(content().string(containsString(">" + reference + "<")))
			.andExpect(content().string(containsString("12 High Street, Banbury, OX16 5QB")))
			.andExpect(content().string(containsString("Best time to call")))
			.andExpect(content().string(containsString("Evenings after 6")))
			.andExpect(content().string(containsString("Jules&#39;s father was sent to prison on Friday")))
			.andExpect(content().string(containsString("From referral " + reference + " (the family itself)")));
		mvc.perform(get("/referrals/" + id).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Accepted into family")))
			.andExpect(content().string(containsString("href=\"/families/" + familyId + "\"")))
			.andExpect(content().string(containsString((String) family.get("reference"))));
	}

	@Test
	void theFamilysFirstAssessmentStartsFromTheNeedsItsReferralRecorded() throws Exception {
		var practitioner = data.signIn(mvc, Role.AGENCY_PRACTITIONER);
		var name = ReferralTestData.familyName();
		// The referral records the need "Children and young people".
		mvc.perform(data.staffReferral(practitioner, name, "head@example.org")).andExpect(status().is3xxRedirection());
		var id = data.referralNaming(name);
		var reference = jdbc.sql("select reference from referral where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		var support = data.supportWorker(mvc, "Banbury");
		var keyWorker = data.user(data.organisation("Banbury", OrganisationType.VOLUNTARY), Role.SUPPORT_WORKER);
		mvc.perform(post("/referrals/" + id + "/accept").param("version", String.valueOf(data.version(id)))
			.param("keyWorkerId", keyWorker.id().toString())
			.cookie(support)
			.with(csrf())).andExpect(status().is3xxRedirection());
		var familyId = jdbc.sql("select family_id from referral where id = :id")
			.param("id", id)
			.query(UUID.class)
			.single();

		var form = mvc.perform(get("/families/" + familyId + "/assessments/new").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("value=\"" + id + "\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var wellbeing = form.indexOf("The child&#39;s well-being and behaviour");
		assertThat(wellbeing).as("the need area the referral's need maps to").isPositive();
		assertThat(form.indexOf("Referral " + reference + " recorded this need.")).as("its note, filled in")
			.isGreaterThan(wellbeing);
		assertThat(form.split("recorded this need.", -1)).as("one need, one note").hasSize(2);
	}

	@Test
	void theSupportWorkerChangesTheCriteriaMet() throws Exception {
		var practitioner = data.signIn(mvc, Role.AGENCY_PRACTITIONER);
		var name = ReferralTestData.familyName();
		mvc.perform(data.staffReferral(practitioner, name, "head@example.org")).andExpect(status().is3xxRedirection());
		var id = data.referralNaming(name);
		var criteria = data.criteria(data.locality("Banbury"));
		var support = data.supportWorker(mvc, "Banbury");
		mvc.perform(get("/referrals/" + id).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change the criteria met")));

		mvc.perform(post("/referrals/" + id + "/criteria").param("version", String.valueOf(data.version(id)))
			.param("criteria", UUID.randomUUID().toString())
			.cookie(support)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose criteria from the list for the locality")));
		mvc.perform(post("/referrals/" + id + "/criteria").param("version", String.valueOf(data.version(id)))
			.param("criteria", "\u0000", criteria.get(0).toString())
			.cookie(support)
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#criteria\"")));
		var seen = data.version(id);
		mvc.perform(post("/referrals/" + id + "/criteria").param("version", String.valueOf(seen))
			.param("criteria", criteria.get(0).toString(), criteria.get(4).toString())
			.cookie(support)
			.with(csrf())).andExpect(redirectedUrl("/referrals/" + id + "#criteria"));
		assertThat(jdbc.sql("select criterion_id from referral_criterion_met where referral_id = :id")
			.param("id", id)
			.query(UUID.class)
			.list()).containsExactlyInAnyOrder(criteria.get(0), criteria.get(4));
		mvc.perform(post("/referrals/" + id + "/criteria").param("version", String.valueOf(seen))
			.param("criteria", criteria.get(1).toString())
			.cookie(support)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else decided this referral, or changed it")));
		mvc.perform(post("/referrals/" + id + "/criteria").param("version", String.valueOf(data.version(id)))
			.param("criteria", criteria.get(1).toString())
			.cookie(data.sloughSupportWorker(mvc))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("""
				select action || ' ' || outcome from audit_event
				where record_id = :id and action = 'REFERRAL_CRITERIA_CHANGED' order by id
				""").param("id", id.toString()).query(String.class).list())
			.containsExactly("REFERRAL_CRITERIA_CHANGED ALLOWED", "REFERRAL_CRITERIA_CHANGED REFUSED");
	}

}
