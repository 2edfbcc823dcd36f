package org.familymatters.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.familymatters.identity.Role;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
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
 * The referral forms: a practitioner refers a family and a member of the public asks for
 * support without signing in, each choosing the locality first and ticking its criteria;
 * mistakes are shown by the field and nothing is saved; the triage queue and a referral's
 * page are for the support workers of its locality only.
 */
@IntegrationTest
class ReferralPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralTestData data;

	Cookie practitioner;

	@BeforeEach
	void signIn() throws Exception {
		practitioner = data.signIn(mvc, Role.AGENCY_PRACTITIONER);
	}

	@Test
	void aPractitionerRefersAFamilyChoosingTheLocalityFirstAndTickingItsCriteria() throws Exception {
		var banbury = data.locality("Banbury");
		mvc.perform(get("/referrals/new").cookie(practitioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Where does the family live?")))
			.andExpect(content().string(not(containsString("Criteria for referral"))));
		mvc.perform(get("/referrals/new").param("localityId", banbury.toString()).cookie(practitioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Criteria for referral in Banbury")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("There are children under 18 in the family")))
			.andExpect(content().string(containsString("value=\"school\" selected")));

		var name = ReferralTestData.familyName();
		mvc.perform(data.staffReferral(practitioner, name, "head@example.org"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/referrals/sent"));

		var id = data.referralNaming(name);
		var row = jdbc
			.sql("""
					select source, status, referrer_email, referred_by is not null as by_user, consent_to_contact,
					       (select count(*) from referral_person p where p.referral_id = r.id) as people,
					       (select count(*) from referral_criterion_met m where m.referral_id = r.id) as criteria,
					       (select count(*) from referral_need n where n.referral_id = r.id) as needs,
					       (select postcode from referral_person p where p.referral_id = r.id and p.position = 1) as postcode
					from referral r where id = :id
					""")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("source", "school")
			.containsEntry("status", "received")
			.containsEntry("referrer_email", "head@example.org")
			.containsEntry("by_user", true)
			.containsEntry("consent_to_contact", true)
			.containsEntry("people", 2L)
			.containsEntry("criteria", 3L)
			.containsEntry("needs", 1L)
			.containsEntry("postcode", "OX16 5QB");
		assertThat(jdbc
			.sql("select action || ' ' || basis || ' ' || basis_reference from audit_event where record_id = :id")
			.param("id", id.toString())
			.query(String.class)
			.list()).containsExactly("REFERRAL_RECEIVED ROLE AGENCY_PRACTITIONER");
	}

	@Test
	void aMemberOfThePublicAsksForSupportWithoutSigningIn() throws Exception {
		mvc.perform(get("/ask-for-support"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How we use what you tell us")))
			.andExpect(content().string(containsString("href=\"/privacy\"")))
			.andExpect(content().string(containsString("href=\"/ask-for-support/where\"")));
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/ask-for-support\"")));
		var name = ReferralTestData.familyName();
		data.askForSupport(mvc,
				new ReferralTestData.SelfRequest("Banbury", "Sam", name, "PARENT_OR_CARER", "01632 960000", null, null,
						null, null, null,
						List.of(new ReferralTestData.SelfRequest.Other("Robin", name, "IN_CUSTODY", null, null, null)),
						"My partner went to prison and I do not know what to tell our son."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/ask-for-support/sent"));
		var id = data.referralNaming(name);
		assertThat(jdbc
			.sql("select source || ' ' || (referred_by is null) || ' ' || referrer_name from referral where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("self true Sam " + name);
		assertThat(jdbc
			.sql("select action || ' ' || basis || ' ' || actor_username from audit_event where record_id = :id")
			.param("id", id.toString())
			.query(String.class)
			.list()).containsExactly("REFERRAL_RECEIVED SELF anonymous");
	}

	@Test
	void mistakesAreShownByTheFieldAndNothingIsSaved() throws Exception {
		var banbury = data.locality("Banbury");
		var name = ReferralTestData.familyName();
		var future = LocalDate.now(ServiceTime.ZONE).plusDays(3);
		mvc.perform(post("/referrals/new").param("localityId", banbury.toString())
			.param("source", "school")
			.param("referrerName", "Test referrer")
			.param("referrerEmail", "not an email")
			.param("referrerOrganisationName", "A school")
			.param("people[0].givenName", " ")
			.param("people[0].familyName", name)
			.param("people[0].role", "CHILD")
			.param("people[1].givenName", "Future")
			.param("people[1].familyName", name)
			.param("people[1].role", "CHILD")
			.param("people[1].dateOfBirth.day", String.valueOf(future.getDayOfMonth()))
			.param("people[1].dateOfBirth.month", String.valueOf(future.getMonthValue()))
			.param("people[1].dateOfBirth.year", String.valueOf(future.getYear()))
			.param("reason", "A reason")
			.cookie(practitioner)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("Enter the person&#39;s first name")))
			.andExpect(content().string(containsString("href=\"#people-0-givenName\"")))
			.andExpect(content().string(containsString("Date of birth must be today or in the past")))
			.andExpect(content().string(containsString("href=\"#people-1-dateOfBirth\"")))
			.andExpect(content().string(containsString("value=\"not an email\"")));

		mvc.perform(post("/referrals/new").param("localityId", banbury.toString())
			.param("source", "school")
			.param("referrerName", "Test referrer")
			.param("referrerEmail", "referrer@example.org")
			.param("referrerOrganisationName", "A school")
			.param("reason", "A reason")
			.cookie(practitioner)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the first name of at least one person in the family")));

		mvc.perform(post("/referrals/new").param("referrerName", "Test referrer")
			.param("people[0].givenName", "No")
			.param("people[0].familyName", name)
			.cookie(practitioner)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose where the family lives")));

		assertThat(data.referralsNaming(name)).isZero();
	}

	@Test
	void addAnotherPersonGivesTheFormOneMoreWithoutSavingOrComplaining() throws Exception {
		var banbury = data.locality("Banbury");
		var name = ReferralTestData.familyName();
		mvc.perform(post("/referrals/new").param("localityId", banbury.toString())
			.param("people[0].givenName", "Kept")
			.param("people[0].familyName", name)
			.param("add", "person")
			.cookie(practitioner)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Kept\"")))
			.andExpect(content().string(containsString("id=\"people-1-givenName\"")))
			.andExpect(content().string(not(containsString("There is a problem"))));
		assertThat(data.referralsNaming(name)).isZero();
	}

	@Test
	void onlyTheSupportWorkersOfTheLocalitySeeTheReferral() throws Exception {
		var name = ReferralTestData.familyName();
		mvc.perform(data.staffReferral(practitioner, name, "head@example.org"));
		var id = data.referralNaming(name);
		var reference = jdbc.sql("select reference from referral where id = :id")
			.param("id", id)
			.query(String.class)
			.single();

		var support = data.signIn(mvc, Role.SUPPORT_WORKER);
		assertThat(ReferralTestData.inTriage(mvc, support, reference)).isTrue();
		mvc.perform(get("/referrals/" + id).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dalton " + name)))
			.andExpect(content().string(containsString("There are children under 18 in the family")))
			.andExpect(content().string(containsString("3 of the 5 criteria for Banbury")));

		var slough = data.sloughSupportWorker(mvc);
		assertThat(ReferralTestData.inTriage(mvc, slough, reference)).isFalse();
		mvc.perform(get("/referrals/" + id).cookie(slough)).andExpect(status().isForbidden());
		mvc.perform(post("/referrals/" + id + "/decline").param("version", String.valueOf(data.version(id)))
			.param("declineReason", "Not ours")
			.cookie(slough)
			.with(csrf())).andExpect(status().isForbidden());
		for (var role : new Role[] { Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD, Role.MANAGER, Role.ADMINISTRATOR,
				Role.VOLUNTEER }) {
			var session = data.signIn(mvc, role);
			mvc.perform(get("/referrals/" + id).cookie(session)).andExpect(status().isForbidden());
			mvc.perform(get("/referrals/triage").cookie(session)).andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select status from referral where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("received");
		assertThat(jdbc
			.sql("""
					select count(*) from audit_event where record_id = :id and action = 'REFERRAL_VIEWED' and outcome = 'REFUSED'
					""")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(1L);
		assertThat(jdbc
			.sql("""
					select count(*) from audit_event where record_id = :id and action = 'REFERRAL_DECLINED' and outcome = 'REFUSED'
					""")
			.param("id", id.toString())
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void unknownReferralsAreNotFound() throws Exception {
		var support = data.signIn(mvc, Role.SUPPORT_WORKER);
		mvc.perform(get("/referrals/" + UUID.randomUUID()).cookie(support)).andExpect(status().isNotFound());
	}

}
