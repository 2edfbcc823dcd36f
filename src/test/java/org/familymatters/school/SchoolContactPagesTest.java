package org.familymatters.school;

import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator sets a school's designated contact among its enabled agency
 * practitioners, from their home page; a form that showed another contact than the one
 * now on record saves nothing. The new contact finds the school's list from their home
 * page; the demo school's contact is the demo practitioner.
 */
@IntegrationTest
class SchoolContactPagesTest {

	@Autowired
	SchoolFixtures fixtures;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void anAdministratorSetsTheDesignatedContactAndAStaleFormSavesNothing() throws Exception {
		var locality = fixtures.locality("Contacts").id();
		var school = fixtures.school("Contacts primary school", locality);
		var first = school.contact().principal();
		var second = fixtures.user(school.id(), Role.AGENCY_PRACTITIONER).principal();
		var probation = fixtures.organisation("Contacts probation", OrganisationType.PROBATION, locality);
		var notOfTheSchool = fixtures.user(probation.id(), Role.AGENCY_PRACTITIONER).principal();
		var admin = users.as(Role.ADMINISTRATOR);

		mvc.perform(get("/home").with(admin))
			.andExpect(content().string(containsString("Schools’ designated contacts")))
			.andExpect(content().string(containsString("href=\"/schools\"")));
		mvc.perform(get("/schools").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(school.name())))
			.andExpect(content().string(containsString("/schools/" + school.id() + "/contact")));
		mvc.perform(get("/schools/" + school.id() + "/contact").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(second.username())))
			.andExpect(content().string(not(containsString(notOfTheSchool.username()))));

		mvc.perform(post("/schools/" + school.id() + "/contact").param("contact", notOfTheSchool.id().toString())
			.param("was", first.id().toString())
			.with(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose an agency practitioner of the school from the list")));
		mvc.perform(post("/schools/" + school.id() + "/contact").param("contact", second.id().toString())
			.param("was", second.id().toString())
			.with(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(contactOf(school)).isEqualTo(first.id().toString());

		mvc.perform(post("/schools/" + school.id() + "/contact").param("contact", second.id().toString())
			.param("was", first.id().toString())
			.with(admin)
			.with(csrf())).andExpect(redirectedUrl("/schools"));
		assertThat(contactOf(school)).isEqualTo(second.id().toString());
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'SCHOOL_CONTACT_SET' and record_id = :school
				  and basis = 'ROLE' and basis_reference = 'ADMINISTRATOR'
				""").param("school", school.id().toString()).query(Long.class).single()).isEqualTo(1);

		mvc.perform(get("/home").with(user(second)))
			.andExpect(content().string(containsString("Pupils affected")))
			.andExpect(content().string(containsString("href=\"/schools/pupils\"")));
		mvc.perform(get("/schools/pupils").with(user(first)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only your school’s designated contact")));
		mvc.perform(get("/schools/" + school.id() + "/contact").with(user(second))).andExpect(status().isForbidden());
		mvc.perform(get("/schools/" + UUID.randomUUID() + "/contact").with(admin)).andExpect(status().isNotFound());
	}

	@Test
	void theDemoSchoolsContactIsTheDemoPractitionerAndTheDemoSupportWorkerSeesThem() throws Exception {
		var contact = jdbc.sql("""
				select u.username from school_contact c join identity_user u on u.id = c.user_id
				join identity_organisation o on o.id = c.school_id where o.name = 'Banbury primary school (demo)'
				""").query(String.class).single();
		assertThat(contact).isEqualTo("demo-practitioner");
		mvc.perform(get("/families/fa000000-0000-4000-8000-000000000001/schools").with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Riley Sample (demo)")))
			.andExpect(content().string(containsString("Demo school practitioner")));
	}

	private String contactOf(SchoolFixtures.School school) {
		return jdbc.sql("select user_id from school_contact where school_id = :school")
			.param("school", school.id())
			.query(String.class)
			.single();
	}

}
