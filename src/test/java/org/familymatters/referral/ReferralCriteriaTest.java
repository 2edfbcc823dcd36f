package org.familymatters.referral;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.familymatters.identity.Role;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A locality's criteria for referral are an editable checklist: its support workers add,
 * reword and take criteria off the forms, which show the change at once; a stale change
 * is refused; another locality's support worker and other roles are refused.
 */
@IntegrationTest
class ReferralCriteriaTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralTestData data;

	Cookie support;

	@BeforeEach
	void signIn() throws Exception {
		support = data.supportWorker(mvc, "Aylesbury");
	}

	@Test
	void aSupportWorkerKeepsTheChecklistTheFormsShow() throws Exception {
		var aylesbury = data.locality("Aylesbury");
		var text = "The family has asked for help with prison visits (" + UUID.randomUUID() + ")";
		mvc.perform(post("/referrals/criteria/" + aylesbury).param("text", " ").cookie(support).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter what must be true of the family")));
		mvc.perform(post("/referrals/criteria/" + aylesbury).param("text", text).cookie(support).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var id = jdbc.sql("select id from locality_criterion where text = :t")
			.param("t", text)
			.query(UUID.class)
			.single();
		mvc.perform(get("/referrals/new").param("localityId", aylesbury.toString()).cookie(support))
			.andExpect(content().string(containsString(text)));

		mvc.perform(get("/referrals/criteria/" + aylesbury + "/" + id + "/edit").cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(text)));
		mvc.perform(post("/referrals/criteria/" + aylesbury + "/" + id + "/edit").param("text", text)
			.param("active", "false")
			.param("version", "0")
			.cookie(support)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/referrals/new").param("localityId", aylesbury.toString()).cookie(support))
			.andExpect(content().string(not(containsString(text))));
		mvc.perform(post("/referrals/criteria/" + aylesbury + "/" + id + "/edit").param("text", "Reworded")
			.param("active", "true")
			.param("version", "0")
			.cookie(support)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(
				jdbc.sql("select action || ' ' || basis_reference from audit_event where record_id = :id order by id")
					.param("id", id.toString())
					.query(String.class)
					.list())
			.containsExactly("CRITERION_CREATED SUPPORT_WORKER", "CRITERION_UPDATED SUPPORT_WORKER");
	}

	@Test
	void onlyTheLocalitysSupportWorkersAndAdministratorsMayChangeIt() throws Exception {
		var aylesbury = data.locality("Aylesbury");
		var slough = data.sloughSupportWorker(mvc);
		mvc.perform(get("/referrals/criteria/" + aylesbury).cookie(slough)).andExpect(status().isForbidden());
		mvc.perform(post("/referrals/criteria/" + aylesbury).param("text", "Not mine").cookie(slough).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/referrals/criteria").cookie(slough))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Slough")))
			.andExpect(content().string(not(containsString("Aylesbury"))));
		var practitioner = data.signIn(mvc, Role.AGENCY_PRACTITIONER);
		mvc.perform(get("/referrals/criteria/" + aylesbury).cookie(practitioner)).andExpect(status().isForbidden());
		var admin = data.signIn(mvc, Role.ADMINISTRATOR);
		mvc.perform(get("/referrals/criteria/" + aylesbury).cookie(admin)).andExpect(status().isOk());
		assertThat(
				jdbc.sql("select count(*) from locality_criterion where text = 'Not mine'").query(Long.class).single())
			.isZero();
	}

}
