package org.familymatters.prison;

import java.util.UUID;

import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators keep a prison's services for families, stale saves and bad input refused
 * with nothing saved; anyone signed in reads them; the prisons on the reference list are
 * organisations of type PRISON.
 */
@IntegrationTest
class PrisonPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	private UUID prison() {
		return organisations
			.save(Organisation.create("HMP Test " + UUID.randomUUID().toString().substring(0, 8),
					OrganisationType.PRISON, Sector.STATUTORY, null))
			.id();
	}

	private static MockHttpServletRequestBuilder save(UUID prison, long version) {
		return save(prison, version, "01869 000000", "families@example.org");
	}

	private static MockHttpServletRequestBuilder save(UUID prison, long version, String phone, String email) {
		return post("/admin/prisons/" + prison).param("inThamesValley", "yes")
			.param("visitsPhone", phone)
			.param("visitsWebAddress", "https://visits.example.org/book")
			.param("visitsNotes", "Book two days ahead.")
			.param("familyDays", "The first Saturday of each month.")
			.param("liaisonName", "Family liaison officer")
			.param("liaisonEmail", email)
			.param("liaisonPhone", "01869 000001")
			.param("version", Long.toString(version))
			.with(csrf());
	}

	@Test
	void everyPrisonOnTheReferenceListIsAPrisonOrganisationAndListedForAdministrators() throws Exception {
		var unlinked = jdbc.sql("""
				select p.name from prison p left join identity_organisation o on o.id = p.organisation_id
				where o.type is distinct from 'PRISON' or lower(o.name) <> lower(p.name)
				""").query(String.class).list();
		assertThat(unlinked).isEmpty();
		mvc.perform(get("/admin/prisons").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("HMP Bullingdon")))
			.andExpect(content().string(containsString("HMP Onley")));
		mvc.perform(get("/home").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(content().string(containsString("href=\"/admin/prisons\"")));
	}

	@Test
	void anAdministratorKeepsAPrisonsFamilyServicesWhichAnyoneSignedInReads() throws Exception {
		var prison = prison();
		mvc.perform(get("/prisons/" + prison).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No family services are recorded")));
		mvc.perform(get("/admin/prisons/" + prison).with(users.as(Role.ADMINISTRATOR))).andExpect(status().isOk());
		mvc.perform(save(prison, 0).with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/prisons"));
		mvc.perform(get("/prisons/" + prison).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("01869 000000")))
			.andExpect(content().string(containsString("https://visits.example.org/book")))
			.andExpect(content().string(containsString("The first Saturday of each month.")))
			.andExpect(content().string(containsString("families@example.org")))
			.andExpect(content().string(containsString("Prison in the Thames Valley")));
		var audited = jdbc.sql("""
				select count(*) from audit_event
				where action = 'PRISON_FAMILY_SERVICES_CHANGED' and record_type = 'organisation' and record_id = :id
				  and outcome = 'ALLOWED' and basis = 'ROLE'
				""").param("id", prison.toString()).query(Long.class).single();
		assertThat(audited).isEqualTo(1);
	}

	@Test
	void aSaveFromAVersionSomeoneElseReplacedIsRefusedAndNothingSaved() throws Exception {
		var prison = prison();
		mvc.perform(save(prison, 0).with(users.as(Role.ADMINISTRATOR))).andExpect(status().is3xxRedirection());
		mvc.perform(save(prison, 0, "01869 999999", "families@example.org").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		mvc.perform(save(prison, 1, "01869 999999", "@@@").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the family liaison contact&#39;s e-mail address")));
		assertThat(jdbc
			.sql("select visits_phone || ' ' || liaison_email || ' ' || version"
					+ " from prison_family_service where organisation_id = :id")
			.param("id", prison)
			.query(String.class)
			.single()).isEqualTo("01869 000000 families@example.org 1");
	}

	@Test
	void anOrganisationThatIsNoPrisonOrNoneAtAllIsNotFound() throws Exception {
		var school = organisations.save(Organisation.create("Not a prison " + UUID.randomUUID(),
				OrganisationType.SCHOOL, Sector.STATUTORY, null));
		mvc.perform(get("/prisons/" + school.id()).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/prisons/" + UUID.randomUUID()).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(get("/admin/prisons/" + school.id()).with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isNotFound());
		mvc.perform(save(school.id(), 0).with(users.as(Role.ADMINISTRATOR))).andExpect(status().isNotFound());
	}

}
