package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The penetration test's findings about family records (issue 12), one test each: a
 * likely match in another locality's family is audited against that family, and checking
 * for likely matches is limited; a family takes only so many attachments; a search for
 * names never puts them in the address.
 */
@IntegrationTest
class FamilyFindingsTest {

	static final byte[] PDF = "%PDF-1.4\n% a tiny test file\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FamilyTestData data;

	StaffPrincipal supportWorker;

	UUID family;

	String name;

	@BeforeEach
	void aSupportWorkerOfBanburyAndTheirFamily() {
		supportWorker = data.user(
				data.organisation("Family Matters Banbury", OrganisationType.VOLUNTARY, FamilyTestData.BANBURY),
				Role.SUPPORT_WORKER);
		family = data.family(FamilyTestData.BANBURY, "OX16 4ZZ");
		name = "Findings" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
		data.person(family, "Avery", name, LocalDate.of(1986, 5, 4), "parent_or_carer");
	}

	private UUID locality(String name) {
		return jdbc.sql("select id from locality where name = :name").param("name", name).query(UUID.class).single();
	}

	private String reference(UUID family) {
		return jdbc.sql("select reference from family where id = :id").param("id", family).query(String.class).single();
	}

	private org.springframework.test.web.servlet.ResultActions addPerson(String given, String familyName)
			throws Exception {
		return mvc.perform(post("/families/" + family + "/people/new").param("givenName", given)
			.param("familyName", familyName)
			.param("role", "PARENT_OR_CARER")
			.param("dateOfBirth.day", "1")
			.param("dateOfBirth.month", "3")
			.param("dateOfBirth.year", "1985")
			.with(user(supportWorker))
			.with(csrf()));
	}

	@Test
	void someoneInAnotherLocalitysFamilyShownAsALikelyMatchIsAuditedAgainstThatFamily() throws Exception {
		var slough = data.family(locality("Slough"), "SL1 1ZZ");
		data.person(slough, "Dale", name, LocalDate.of(1985, 3, 1), "in_custody");
		addPerson("Dale", name).andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone in family " + reference(slough))));
		assertThat(jdbc.sql("""
				select actor_username || ' ' || outcome || ' ' || basis || ' ' || coalesce(basis_reference, '')
				from audit_event where record_type = 'family' and record_id = :id and action = 'LIKELY_MATCH_SHOWN'
				""").param("id", slough.toString()).query(String.class).list())
			.as("what the support worker was shown of the Slough family, and on what basis")
			.containsExactly(supportWorker.username() + " ALLOWED ROLE SUPPORT_WORKER");
	}

	@Test
	void checkingForLikelyMatchesIsLimitedPerUser() throws Exception {
		var other = data.family(locality("Slough"), "SL1 2ZZ");
		data.person(other, "Dale", name, LocalDate.of(1985, 3, 1), "in_custody");
		for (int i = 0; i < 30; i++) {
			addPerson("Dale", name).andExpect(status().isOk())
				.andExpect(content().string(containsString("Someone in family " + reference(other))));
		}
		addPerson("Dale", name).andExpect(status().isOk())
			.andExpect(content().string(containsString("You have checked for people already on record")))
			.andExpect(content().string(not(containsString(reference(other)))));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where record_type = 'family' and record_id = :id
				and action = 'LIKELY_MATCHES_CHECKED' and outcome = 'REFUSED'
				""").param("id", family.toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aFamilyTakesOnlySoManyAttachments() throws Exception {
		for (int i = 0; i < 50; i++) {
			jdbc.sql("""
					insert into attachment (id, family_id, filename, content_type, size_bytes, content, uploaded_at)
					values (:id, :family, 'earlier.pdf', 'application/pdf', :size, :content, now())
					""")
				.param("id", UUID.randomUUID())
				.param("family", family)
				.param("size", PDF.length)
				.param("content", PDF)
				.update();
		}
		mvc.perform(multipart("/families/" + family + "/attachments/new")
			.file(new MockMultipartFile("file", "one-more.pdf", "application/pdf", PDF))
			.with(user(supportWorker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This family already has 50 files")));
		assertThat(data.attachments(family)).isEqualTo(50);
	}

	@Test
	void aSearchForNamesNeverPutsThemInTheAddress() throws Exception {
		var sent = mvc.perform(post("/families").param("q", name).with(user(supportWorker)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		var address = sent.getRedirectedUrl();
		assertThat(address).startsWith("/families").doesNotContainIgnoringCase(name);
		mvc.perform(get(address).cookie(sent.getCookies()).with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 family")))
			.andExpect(content().string(containsString(reference(family))))
			.andExpect(content().string(not(containsString("?q="))));
		mvc.perform(get("/families").param("q", name).with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"" + name + "\""))));
	}

}
