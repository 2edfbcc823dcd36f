package org.familymatters.family;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The family pages and API: a support worker of the family's locality sees and changes
 * everything, each change audited; one of another locality is refused; a school with
 * consent sees only its pupil; bad input is refused by the field with nothing saved; a
 * stale change is refused; attachments are checked by content and never served without
 * access; merges are undone.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyPagesTest {

	static final byte[] PDF = "%PDF-1.4\n% a tiny test file\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FamilyTestData data;

	@Autowired
	TestUsers users;

	@Autowired
	Organisations organisations;

	@Autowired
	ApiTokens tokens;

	StaffPrincipal supportWorkerOfBanbury;

	RequestPostProcessor supportWorker;

	StaffPrincipal schoolPractitioner;

	RequestPostProcessor practitioner;

	RequestPostProcessor admin;

	String schoolName;

	UUID family;

	UUID father;

	UUID mother;

	UUID child;

	UUID school;

	@BeforeAll
	void theUsers() {
		supportWorkerOfBanbury = data.user(
				data.organisation("Family Matters Banbury", OrganisationType.VOLUNTARY, FamilyTestData.BANBURY),
				Role.SUPPORT_WORKER);
		supportWorker = user(supportWorkerOfBanbury);
		schoolName = "Quigley primary school (test " + UUID.randomUUID().toString().substring(0, 8) + ")";
		school = data.organisation(schoolName, OrganisationType.SCHOOL, FamilyTestData.BANBURY);
		schoolPractitioner = data.user(school, Role.AGENCY_PRACTITIONER);
		practitioner = user(schoolPractitioner);
		admin = user(
				data.user(data.organisation("Family Matters", OrganisationType.VOLUNTARY, null), Role.ADMINISTRATOR));
	}

	@BeforeEach
	void aFamily() {
		family = data.family(FamilyTestData.BANBURY, "OX16 2ZZ");
		father = data.person(family, "Dale", "Quigley-Test", LocalDate.of(1985, 3, 1), "in_custody");
		mother = data.person(family, "Nadia", "Quigley-Test", LocalDate.of(1987, 7, 9), "parent_or_carer");
		child = data.person(family, "Ellis", "Quigley-Test", LocalDate.of(2016, 10, 2), "child", school);
	}

	private RequestPostProcessor supportWorkerOf(String localityName) {
		var locality = jdbc.sql("select id from locality where name = :name")
			.param("name", localityName)
			.query(UUID.class)
			.single();
		var name = "Family Matters " + localityName + " (test " + UUID.randomUUID().toString().substring(0, 8) + ")";
		var organisation = organisations
			.save(Organisation.create(name, OrganisationType.VOLUNTARY, Sector.VOLUNTARY, locality));
		var account = users.create(organisation.id(), Role.SUPPORT_WORKER).account();
		return user(new StaffPrincipal(account.id(), account.username(), account.displayName(), organisation.id(), name,
				Set.of(Role.SUPPORT_WORKER), true, false, null));
	}

	private void consentForTheSchool() {
		var consent = UUID.randomUUID();
		jdbc.sql("""
				insert into consent (id, family_id, giver_id, method, given_on, purpose)
				values (:id, :family, :giver, 'signed_form', current_date - 1, 'Support at school')
				""").param("id", consent).param("family", family).param("giver", mother).update();
		jdbc.sql("insert into consent_information (consent_id, kind) values (:id, 'identity'), (:id, 'children')")
			.param("id", consent)
			.update();
		jdbc.sql("insert into consent_recipient (consent_id, organisation_type) values (:id, 'SCHOOL')")
			.param("id", consent)
			.update();
	}

	/** Searches the families list as a person does: the words posted, the list shown. */
	private ResultActions search(String words) throws Exception {
		var sent = mvc.perform(post("/families").param("q", words).with(supportWorker).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse();
		return mvc.perform(get(sent.getRedirectedUrl()).cookie(sent.getCookies()).with(supportWorker));
	}

	@Test
	void aSupportWorkerOfTheLocalitySeesTheWholeRecordAndTheList() throws Exception {
		mvc.perform(get("/families/" + family).with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dale Quigley-Test")))
			.andExpect(content().string(containsString("Nadia Quigley-Test")))
			.andExpect(content().string(containsString(schoolName + ", Year 5")))
			.andExpect(content().string(containsString("1 Test Street")))
			.andExpect(content().string(containsString("Add a person")));
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", family)
			.query(String.class)
			.single();
		search(reference).andExpect(status().isOk())
			.andExpect(content().string(containsString("1 family")))
			.andExpect(content().string(containsString("Ellis Quigley-Test")));
		search("quigley-t nad").andExpect(status().isOk()).andExpect(content().string(containsString(reference)));
		assertThat(data.actions(family)).contains("FAMILY_VIEWED ALLOWED");
	}

	@Test
	void aSupportWorkerOfAnotherLocalityIsRefusedAndTheRefusalAudited() throws Exception {
		var slough = supportWorkerOf("Slough");
		mvc.perform(get("/families/" + family).with(slough)).andExpect(status().isForbidden());
		mvc.perform(get("/families/" + family + "/household").with(slough)).andExpect(status().isForbidden());
		mvc.perform(post("/families/" + family + "/timeline/new").param("kind", "note")
			.param("occurredOn.day", "1")
			.param("occurredOn.month", "2")
			.param("occurredOn.year", "2026")
			.param("summary", "Should not be saved")
			.with(slough)
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from timeline_entry where family_id = :id")
			.param("id", family)
			.query(Long.class)
			.single()).isZero();
		assertThat(data.actions(family)).contains("FAMILY_VIEWED REFUSED");
		mvc.perform(get("/families/" + family).with(supportWorkerOf("Banbury"))).andExpect(status().isOk());
	}

	@Test
	void aSchoolWithConsentSeesOnlyItsPupilAndNotTheRestOfTheFile() throws Exception {
		mvc.perform(get("/families/" + family).with(practitioner)).andExpect(status().isForbidden());
		consentForTheSchool();
		mvc.perform(get("/families/" + family).with(practitioner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ellis Quigley-Test")))
			.andExpect(content().string(not(containsString("Nadia Quigley-Test"))))
			.andExpect(content().string(not(containsString("Dale Quigley-Test"))))
			.andExpect(content().string(not(containsString("1 Test Street"))))
			.andExpect(content().string(not(containsString("Add a person"))));
		mvc.perform(get("/families/" + family + "/people/new").with(practitioner)).andExpect(status().isForbidden());
	}

	@Test
	void everyChangeIsAuditedAndShown() throws Exception {
		mvc.perform(post("/families/" + family + "/household").param("status", "active")
			.param("journeyStage", "IN_CUSTODY")
			.param("addressLine1", "2 Changed Road")
			.param("town", "Banbury")
			.param("postcode", "ox16 3zz")
			.param("version", String.valueOf(data.version("family", family)))
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/families/" + family + "/people/new").param("givenName", "Robin")
			.param("familyName", "Quigley-Test")
			.param("role", "CHILD")
			.param("schoolId", school.toString())
			.param("schoolYear", "Year 2")
			.param("dateOfBirth.day", "4")
			.param("dateOfBirth.month", "5")
			.param("dateOfBirth.year", "2019")
			.param("confirmed", "true")
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		var bullingdon = jdbc.sql("select id from prison where name = 'HMP Bullingdon'").query(UUID.class).single();
		mvc.perform(post("/families/" + family + "/custody/new").param("personId", father.toString())
			.param("prisonId", bullingdon.toString())
			.param("prisonNumber", "a1234bc")
			.param("sentencedOn.day", "1")
			.param("sentencedOn.month", "3")
			.param("sentencedOn.year", "2026")
			.param("sentence", "2 years")
			.param("expectedReleaseOn.day", "1")
			.param("expectedReleaseOn.month", "3")
			.param("expectedReleaseOn.year", "2027")
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/families/" + family + "/timeline/new").param("kind", "call")
			.param("occurredOn.day", "2")
			.param("occurredOn.month", "3")
			.param("occurredOn.year", "2026")
			.param("time", "14:15")
			.param("summary", "Spoke to Nadia about visits.")
			.param("aboutChildren", "true")
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/families/" + family + "/attachments/new")
			.file(new MockMultipartFile("file", "consent.pdf", "application/pdf", PDF))
			.param("description", "Signed consent form")
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());

		mvc.perform(get("/families/" + family).with(supportWorker))
			.andExpect(content().string(containsString("2 Changed Road, Banbury, OX16 3ZZ")))
			.andExpect(content().string(containsString("Robin Quigley-Test")))
			.andExpect(content().string(containsString("HMP Bullingdon")))
			.andExpect(content().string(containsString("A1234BC")))
			.andExpect(content().string(containsString("Spoke to Nadia about visits.")))
			.andExpect(content().string(containsString("consent.pdf")));
		assertThat(data.actions(family)).contains("FAMILY_HOUSEHOLD_CHANGED ALLOWED", "PERSON_ADDED ALLOWED",
				"CUSTODY_EPISODE_ADDED ALLOWED", "TIMELINE_ENTRY_ADDED ALLOWED", "ATTACHMENT_UPLOADED ALLOWED");
	}

	@Test
	void closingNeedsAReason() throws Exception {
		mvc.perform(post("/families/" + family + "/household").param("status", "closed")
			.param("version", String.valueOf(data.version("family", family)))
			.with(supportWorker)
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("case is closed")));
		assertThat(
				jdbc.sql("select status from family where id = :id").param("id", family).query(String.class).single())
			.isEqualTo("active");
	}

	@Test
	void aHouseholdWithoutAStatusIsRefusedByTheFieldNotWithAServerError() throws Exception {
		mvc.perform(post("/families/" + family + "/household").param("town", "Nowhere")
			.param("version", String.valueOf(data.version("family", family)))
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose the family&#39;s status")));
		assertThat(jdbc.sql("select town from family where id = :id").param("id", family).query(String.class).single())
			.isEqualTo("Banbury");
	}

	@Test
	void aNulCharacterInAnyTextIsRefusedByItsFieldAndNothingIsSaved() throws Exception {
		mvc.perform(post("/families/" + family + "/household").param("status", "active")
			.param("town", "Ban\u0000bury")
			.param("version", String.valueOf(data.version("family", family)))
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		long people = data.people(family);
		mvc.perform(post("/families/" + family + "/people/new").param("givenName", "Robin\u0000")
			.param("familyName", "Quigley-Test")
			.param("role", "CHILD")
			.param("confirmed", "true")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		mvc.perform(post("/families/" + family + "/timeline/new").param("kind", "note")
			.param("occurredOn.day", "1")
			.param("occurredOn.month", "2")
			.param("occurredOn.year", "2026")
			.param("summary", "A note\u0000")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		mvc.perform(post("/families").param("q", "Quigley\u0000").with(supportWorker).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		assertThat(data.people(family)).isEqualTo(people);
		assertThat(jdbc.sql("select town from family where id = :id").param("id", family).query(String.class).single())
			.isEqualTo("Banbury");
		assertThat(jdbc.sql("select count(*) from timeline_entry where family_id = :id")
			.param("id", family)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void badInputIsRefusedByTheFieldAndNothingIsSaved() throws Exception {
		long people = data.people(family);
		mvc.perform(post("/families/" + family + "/people/new").param("givenName", " ")
			.param("familyName", "Test")
			.param("role", "CHILD")
			.param("dateOfBirth.day", "1")
			.param("dateOfBirth.month", "1")
			.param("dateOfBirth.year", String.valueOf(LocalDate.now().getYear() + 1))
			.param("confirmed", "true")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter the person&#39;s first name")))
			.andExpect(content().string(containsString("Date of birth must be today or in the past")));
		assertThat(data.people(family)).isEqualTo(people);

		long custody = data.custodyEpisodes(family);
		var bullingdon = jdbc.sql("select id from prison where name = 'HMP Bullingdon'").query(UUID.class).single();
		mvc.perform(post("/families/" + family + "/custody/new").param("personId", father.toString())
			.param("prisonId", bullingdon.toString())
			.param("sentencedOn.day", "1")
			.param("sentencedOn.month", "3")
			.param("sentencedOn.year", "2026")
			.param("expectedReleaseOn.day", "1")
			.param("expectedReleaseOn.month", "3")
			.param("expectedReleaseOn.year", "2025")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("The expected release date must be the same as or after the sentence date")));
		mvc.perform(post("/families/" + family + "/custody/new").param("personId", mother.toString())
			.param("prisonId", "not-a-prison")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the person in custody")))
			.andExpect(content().string(containsString("Choose the prison from the list")));
		assertThat(data.custodyEpisodes(family)).isEqualTo(custody);

		long files = data.attachments(family);
		mvc.perform(multipart("/families/" + family + "/attachments/new")
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", oversize()))
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file must be smaller than 5 MB")));
		mvc.perform(multipart("/families/" + family + "/attachments/new")
			.file(new MockMultipartFile("file", "looks-like.pdf", "application/pdf", "MZ not a pdf at all".getBytes()))
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file must be a PDF, JPEG or PNG")));
		mvc.perform(multipart("/families/" + family + "/attachments/new").with(supportWorker).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file to attach")));
		assertThat(data.attachments(family)).isEqualTo(files);
	}

	private static byte[] oversize() {
		var bytes = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, bytes, 0, PDF.length);
		return bytes;
	}

	@Test
	void aSecondSaveFromTheSameVersionIsRefused() throws Exception {
		var seen = String.valueOf(data.version("family", family));
		mvc.perform(post("/families/" + family + "/household").param("status", "active")
			.param("town", "First")
			.param("version", seen)
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/families/" + family + "/household").param("status", "active")
			.param("town", "Second")
			.param("version", seen)
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record while you were editing it")));
		assertThat(jdbc.sql("select town from family where id = :id").param("id", family).query(String.class).single())
			.isEqualTo("First");

		var person = String.valueOf(data.version("person", mother));
		mvc.perform(post("/families/" + family + "/people/" + mother + "/edit").param("givenName", "Nadia")
			.param("familyName", "Quigley-First")
			.param("role", "PARENT_OR_CARER")
			.param("version", person)
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/families/" + family + "/people/" + mother + "/edit").param("givenName", "Nadia")
			.param("familyName", "Quigley-Second")
			.param("role", "PARENT_OR_CARER")
			.param("version", person)
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record while you were editing it")));
		assertThat(jdbc.sql("select family_name from person where id = :id")
			.param("id", mother)
			.query(String.class)
			.single()).isEqualTo("Quigley-First");
	}

	@Test
	void attachmentsAreDownloadedOnlyWithAccessAndAudited() throws Exception {
		mvc.perform(multipart("/families/" + family + "/attachments/new")
			.file(new MockMultipartFile("file", "../../etc/consent", "text/plain", PDF))
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		var attachment = jdbc.sql("select id from attachment where family_id = :id")
			.param("id", family)
			.query(UUID.class)
			.single();
		assertThat(jdbc.sql("select filename || ' ' || content_type from attachment where id = :id")
			.param("id", attachment)
			.query(String.class)
			.single()).isEqualTo("consent.pdf application/pdf");

		mvc.perform(get("/families/" + family + "/attachments/" + attachment).with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andExpect(content().bytes(PDF));
		consentForTheSchool();
		mvc.perform(get("/families/" + family + "/attachments/" + attachment).with(practitioner))
			.andExpect(status().isForbidden());
		mvc.perform(get("/families/" + family + "/attachments/" + attachment).with(supportWorkerOf("Reading")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/families/" + family + "/attachments/" + UUID.randomUUID()).with(supportWorker))
			.andExpect(status().isNotFound());
		assertThat(data.actions(family)).contains("ATTACHMENT_DOWNLOADED ALLOWED", "ATTACHMENT_DOWNLOADED REFUSED");
	}

	@Test
	void likelyMatchesAreShownBeforeAPersonIsAdded() throws Exception {
		var other = data.family(FamilyTestData.BANBURY, null);
		data.person(other, "Dale", "Quigley-Test", LocalDate.of(1985, 3, 1), "in_custody");
		long people = data.people(family);
		mvc.perform(post("/families/" + family + "/people/new").param("givenName", "Dayle")
			.param("familyName", "Quigly-Test")
			.param("role", "PARENT_OR_CARER")
			.param("dateOfBirth.day", "1")
			.param("dateOfBirth.month", "3")
			.param("dateOfBirth.year", "1985")
			.with(supportWorker)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Is this someone already on record?")))
			.andExpect(content().string(containsString("Dale Quigley-Test")))
			.andExpect(content().string(containsString("same date of birth")))
			.andExpect(content().string(containsString("Add as a new person")));
		assertThat(data.people(family)).isEqualTo(people);
		mvc.perform(post("/families/" + family + "/people/new").param("givenName", "Dayle")
			.param("familyName", "Quigly-Test")
			.param("role", "PARENT_OR_CARER")
			.param("confirmed", "true")
			.with(supportWorker)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(data.people(family)).isEqualTo(people + 1);
	}

	@Test
	void anAdministratorMergesAndUndoes() throws Exception {
		var other = data.family(FamilyTestData.BANBURY, null);
		var again = data.person(other, "Dale", "Quigley-Test", LocalDate.of(1985, 3, 1), "in_custody");
		jdbc.sql("""
				insert into timeline_entry (id, family_id, kind, occurred_at, summary)
				values (gen_random_uuid(), :family, 'note', now(), 'Earlier referral note')
				""").param("family", other).update();

		mvc.perform(post("/admin/merges/people").param("kept", father.toString())
			.param("merged", father.toString())
			.param("reason", "Same")
			.with(admin)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose two different records")));
		mvc.perform(post("/admin/merges/people").param("kept", father.toString())
			.param("merged", again.toString())
			.param("reason", "Same name and date of birth")
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select merged_into from person where id = :id").param("id", again).query(UUID.class).single())
			.isEqualTo(father);
		var merge = jdbc.sql("select id from merge where merged_id = :id")
			.param("id", again)
			.query(UUID.class)
			.single();
		mvc.perform(get("/admin/merges").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Same name and date of birth")));
		mvc.perform(post("/admin/merges/" + merge + "/undo").param("version", "0").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from person where id = :id and merged_into is null")
			.param("id", again)
			.query(Long.class)
			.single()).isOne();

		var keptReference = jdbc.sql("select reference from family where id = :id")
			.param("id", family)
			.query(String.class)
			.single();
		var mergedReference = jdbc.sql("select reference from family where id = :id")
			.param("id", other)
			.query(String.class)
			.single();
		mvc.perform(post("/admin/merges/families").param("kept", keptReference)
			.param("merged", mergedReference)
			.param("reason", "The same household referred twice")
			.with(admin)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/families/" + family).with(supportWorker))
			.andExpect(content().string(containsString("Earlier referral note")));
		var familyMerge = jdbc.sql("select id from merge where merged_id = :id")
			.param("id", other)
			.query(UUID.class)
			.single();
		mvc.perform(post("/admin/merges/" + familyMerge + "/undo").param("version", "0").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/families/" + family).with(supportWorker))
			.andExpect(content().string(not(containsString("Earlier referral note"))));
		assertThat(jdbc.sql("select count(*) from person where family_id = :id")
			.param("id", other)
			.query(Long.class)
			.single()).isOne();
		assertThat(jdbc.sql(
				"select action from audit_event where action in ('PERSON_MERGED', 'FAMILY_MERGED', 'MERGE_UNDONE') and detail like '%' || :merge")
			.param("merge", merge.toString())
			.query(String.class)
			.list()).contains("PERSON_MERGED", "MERGE_UNDONE");

		mvc.perform(post("/admin/merges/families").param("kept", keptReference)
			.param("merged", mergedReference)
			.param("reason", "x")
			.with(supportWorker)
			.with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theApiAnswersWithTheSameRule() throws Exception {
		users.passwordChosen(supportWorkerOfBanbury.id());
		var token = tokens
			.issue(users.principal(supportWorkerOfBanbury.username()), "family api test", Duration.ofHours(1))
			.secret();
		mvc.perform(get("/api/families/" + family).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people.length()").value(3))
			.andExpect(jsonPath("$.postcode").value("OX16 2ZZ"))
			.andExpect(jsonPath("$.access.basis").value("ROLE"));
		mvc.perform(get("/api/families/" + family + "/people").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3));
		mvc.perform(get("/api/families/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")));

		users.passwordChosen(schoolPractitioner.id());
		var schoolToken = tokens
			.issue(users.principal(schoolPractitioner.username()), "family api test", Duration.ofHours(1))
			.secret();
		mvc.perform(get("/api/families/" + family).header(HttpHeaders.AUTHORIZATION, "Bearer " + schoolToken))
			.andExpect(status().isForbidden())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("application/problem+json")));
		consentForTheSchool();
		mvc.perform(get("/api/families/" + family).header(HttpHeaders.AUTHORIZATION, "Bearer " + schoolToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people.length()").value(1))
			.andExpect(jsonPath("$.people[0].givenName").value("Ellis"))
			.andExpect(jsonPath("$.postcode").doesNotExist())
			.andExpect(jsonPath("$.custody.length()").value(0));
		mvc.perform(get("/api/families/" + family)).andExpect(status().isUnauthorized());
	}

}
