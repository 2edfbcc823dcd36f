package org.familymatters.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
 * "Families shared with you" (issue 11): a school practitioner whose pupil's family has
 * consented finds the family in the list, on their home page and by a search for the
 * pupil's name (posted, never in the address); families whose consent does not reach
 * them, or whose child goes elsewhere, are not listed; once consent is withdrawn the
 * family leaves the list at the next request. Every family shown, and every search, is
 * audited.
 */
@IntegrationTest
class SharedFamiliesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FamilyTestData data;

	UUID school;

	StaffPrincipal teacher;

	UUID family;

	UUID consent;

	String pupilName;

	@BeforeEach
	void aSchoolAndItsPupilsFamily() {
		school = data.organisation("Shared primary school", OrganisationType.SCHOOL, FamilyTestData.BANBURY);
		teacher = data.user(school, Role.AGENCY_PRACTITIONER);
		family = data.family(FamilyTestData.BANBURY, "OX16 7ZZ");
		// Letters only, one for each of the first hex digits of a random identifier (a
		// UUID may hold fewer than five of the letters a to f).
		pupilName = "Shared" + UUID.randomUUID()
			.toString()
			.replace("-", "")
			.chars()
			.limit(5)
			.map(c -> 'a' + Character.digit(c, 16))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		data.person(family, "Nadia", pupilName, LocalDate.of(1987, 7, 9), "parent_or_carer");
		data.person(family, "Robin", pupilName, LocalDate.of(2016, 10, 2), "child", school);
		consent = consent(family, "SCHOOL", null);
	}

	private UUID consent(UUID family, String type, UUID organisation) {
		var giver = jdbc.sql("select id from person where family_id = :family order by date_of_birth limit 1")
			.param("family", family)
			.query(UUID.class)
			.single();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into consent (id, family_id, giver_id, method, given_on, purpose, review_on)
				values (:id, :family, :giver, 'signed_form', current_date - 1, 'Support at school', current_date + 90)
				""").param("id", id).param("family", family).param("giver", giver).update();
		jdbc.sql("insert into consent_information (consent_id, kind) values (:id, 'identity')")
			.param("id", id)
			.update();
		jdbc.sql("""
				insert into consent_recipient (consent_id, organisation_type, organisation_id)
				values (:id, :type, :organisation)
				""").param("id", id).param("type", type).param("organisation", organisation).update();
		return id;
	}

	private String reference(UUID family) {
		return jdbc.sql("select reference from family where id = :id").param("id", family).query(String.class).single();
	}

	private ResultActions search(String words) throws Exception {
		MockHttpServletResponse sent = mvc
			.perform(post("/families/shared").param("q", words).with(user(teacher)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		assertThat(sent.getRedirectedUrl()).doesNotContainIgnoringCase(words);
		return mvc.perform(get(sent.getRedirectedUrl()).cookie(sent.getCookies()).with(user(teacher)));
	}

	private List<String> audit(String action, UUID record) {
		return jdbc.sql("""
				select outcome || ' ' || basis || ' ' || coalesce(basis_reference, '') from audit_event
				where action = :action and record_id = :record and actor_username = :user order by id
				""")
			.param("action", action)
			.param("record", record.toString())
			.param("user", teacher.username())
			.query(String.class)
			.list();
	}

	@Test
	void aSchoolFindsItsPupilsFamilyAndOnlyIts() throws Exception {
		var elsewhere = data.family(FamilyTestData.BANBURY, "OX16 8ZZ");
		data.person(elsewhere, "Alex", pupilName, LocalDate.of(2015, 1, 1), "child");
		consent(elsewhere, "SCHOOL", null);
		var forOthers = data.family(FamilyTestData.BANBURY, "OX16 8ZY");
		data.person(forOthers, "Sam", pupilName, LocalDate.of(2015, 1, 1), "child", school);
		consent(forOthers, null,
				data.organisation("Shared probation", OrganisationType.PROBATION, FamilyTestData.BANBURY));

		mvc.perform(get("/families/shared").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference(family))))
			.andExpect(content().string(containsString("Robin " + pupilName)))
			.andExpect(content().string(not(containsString("Nadia " + pupilName))))
			.andExpect(content().string(containsString("Consent")))
			.andExpect(content().string(not(containsString(reference(elsewhere)))))
			.andExpect(content().string(not(containsString(reference(forOthers)))));
		assertThat(audit("SHARED_FAMILY_LISTED", family)).containsExactly("ALLOWED CONSENT " + consent);

		search(pupilName.toLowerCase()).andExpect(status().isOk())
			.andExpect(content().string(containsString("1 family")))
			.andExpect(content().string(containsString(reference(family))));
		search("Nadia").andExpect(status().isOk()).andExpect(content().string(containsString("0 families")));
		search(reference(family).toLowerCase()).andExpect(content().string(containsString("1 family")));
		assertThat(audit("SHARED_FAMILIES_SEARCHED", school)).hasSize(3).allMatch(e -> e.startsWith("ALLOWED ROLE"));

		mvc.perform(get("/home").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Families shared with you")))
			.andExpect(content().string(containsString(reference(family))));
	}

	@Test
	void aWithdrawnConsentTakesTheFamilyOffTheListAtTheNextRequest() throws Exception {
		mvc.perform(get("/families/shared").with(user(teacher)))
			.andExpect(content().string(containsString(reference(family))));
		jdbc.sql("update consent set withdrawn_at = now() where id = :id").param("id", consent).update();
		mvc.perform(get("/families/shared").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(reference(family)))));
		mvc.perform(get("/families/" + family).with(user(teacher)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("withdrew their consent")));
	}

	@Test
	void badInputAndPagesOutOfRangeAreAnsweredNeverWithAServerError() throws Exception {
		mvc.perform(post("/families/shared").param("q", "Robin\u0000").with(user(teacher)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		mvc.perform(get("/families/shared").param("page", "42").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 42")));
		mvc.perform(get("/families/shared").param("page", "%00").param("search", "%00").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such page")));
		var supportWorker = data.user(
				data.organisation("Family Matters shared", OrganisationType.VOLUNTARY, FamilyTestData.BANBURY),
				Role.SUPPORT_WORKER);
		mvc.perform(get("/families/shared").with(user(supportWorker))).andExpect(status().isForbidden());
		mvc.perform(get("/families").param("locality", UUID.randomUUID().toString()).with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("You can list only the families of the localities you work in")));
		mvc.perform(get("/families").param("page", "9999").with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 9999")));
		mvc.perform(get("/families").param("status", "%00").param("mine", "maybe").with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a status from the list")));
	}

}
