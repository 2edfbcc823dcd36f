package org.familymatters.consent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consent pages: a support worker of the family's locality records consent (each
 * mistake shown by its field, nothing saved), sees it listed as given, withdrawn or
 * expired, withdraws it with a note, and prints the consent form as a PDF filled in for
 * the family. Every step is audited; nobody else may do any of it.
 */
@IntegrationTest
class ConsentPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsentFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	StaffPrincipal supportWorker;

	StaffPrincipal otherSupportWorker;

	StaffPrincipal practitioner;

	Organisation school;

	ConsentFixtures.TestFamily family;

	@BeforeEach
	void aFamilyInALocality() {
		var locality = fixtures.locality("Consent pages").id();
		var elsewhere = fixtures.locality("Consent pages elsewhere").id();
		supportWorker = fixtures.user(
				fixtures.organisation("Family Matters pages", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		otherSupportWorker = fixtures.user(
				fixtures.organisation("Family Matters elsewhere", OrganisationType.VOLUNTARY, elsewhere).id(),
				Role.SUPPORT_WORKER);
		school = fixtures.organisation("Pages primary school", OrganisationType.SCHOOL, locality);
		practitioner = fixtures.user(school.id(), Role.AGENCY_PRACTITIONER);
		family = fixtures.family(locality, school.id(), null);
	}

	private long consents() {
		return jdbc.sql("select count(*) from consent where family_id = :id")
			.param("id", family.id())
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder recordForm() {
		return recordForm(supportWorker, ConsentFixtures.today());
	}

	private MockHttpServletRequestBuilder recordForm(StaffPrincipal who) {
		return recordForm(who, ConsentFixtures.today());
	}

	private MockHttpServletRequestBuilder recordForm(StaffPrincipal who, LocalDate today) {
		return post("/families/" + family.id() + "/consent/new").param("giverId", family.mother().toString())
			.param("method", "SIGNED_FORM")
			.param("givenOn.day", String.valueOf(today.getDayOfMonth()))
			.param("givenOn.month", String.valueOf(today.getMonthValue()))
			.param("givenOn.year", String.valueOf(today.getYear()))
			.param("purpose", "Help for Jayden at school")
			.param("kinds", "IDENTITY")
			.param("recipients", "organisation:" + school.id())
			.param("reviewOn.day", "1")
			.param("reviewOn.month", "1")
			.param("reviewOn.year", String.valueOf(ConsentFixtures.today().getYear() + 3))
			.param("action", "record")
			.with(user(who))
			.with(csrf());
	}

	@Test
	void aSupportWorkerRecordsConsentAndSeesItGiven() throws Exception {
		mvc.perform(get("/families/" + family.id() + "/consent").with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No consent is recorded for this family.")))
			.andExpect(content().string(containsString(family.reference())))
			.andExpect(content().string(containsString("href=\"/families/" + family.id() + "\"")));
		mvc.perform(get("/families/" + family.id() + "/consent/new").with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kerry Whitlock")))
			.andExpect(content().string(containsString("Pages primary school")));

		mvc.perform(recordForm())
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/families/" + family.id() + "/consent"));
		assertThat(consents()).isEqualTo(1);
		var id = jdbc.sql("select id from consent where family_id = :id")
			.param("id", family.id())
			.query(UUID.class)
			.single();
		mvc.perform(get("/families/" + family.id() + "/consent").with(user(supportWorker)))
			.andExpect(content().string(containsString("Kerry Whitlock")))
			.andExpect(content().string(containsString(">Given<")))
			.andExpect(content().string(containsString("Who they are and how to contact them")))
			.andExpect(content().string(containsString("Pages primary school")));
		assertThat(fixtures.auditFor(family.id(), "CONSENT_RECORDED"))
			.containsExactly(supportWorker.username() + " ALLOWED ROLE SUPPORT_WORKER");
		assertThat(jdbc.sql("select detail from audit_event where action = 'CONSENT_RECORDED' and record_id = :id")
			.param("id", family.id().toString())
			.query(String.class)
			.single()).isEqualTo("consent " + id);
	}

	@Test
	void mistakesAreShownByTheFieldAndNothingIsSaved() throws Exception {
		var today = ConsentFixtures.today();
		mvc.perform(post("/families/" + family.id() + "/consent/new").param("method", "VERBAL_WITNESSED")
			.param("givenOn.day", String.valueOf(today.getDayOfMonth()))
			.param("givenOn.month", String.valueOf(today.getMonthValue()))
			.param("givenOn.year", String.valueOf(today.getYear()))
			.param("reviewOn.day", "1")
			.param("reviewOn.month", "1")
			.param("reviewOn.year", String.valueOf(today.getYear() - 1))
			.param("purpose", "Support")
			.param("action", "record")
			.with(user(supportWorker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose who gave consent")))
			.andExpect(content()
				.string(containsString("Enter the name of the person who witnessed consent given out loud")))
			.andExpect(content()
				.string(containsString("The review date must be the same as or after the date consent was given")))
			.andExpect(content().string(containsString("Choose at least one kind of information that may be shared")))
			.andExpect(content().string(
					containsString("Choose at least one organisation, or type of organisation, that may receive it")))
			.andExpect(content().string(containsString("<title>Error: Record consent")));
		mvc.perform(recordForm(supportWorker, today.plusYears(2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date consent was given must be today or in the past")));
		mvc.perform(recordForm().param("giverId", UUID.randomUUID().toString())
			.param("recipients", "organisation:" + UUID.randomUUID())
			.param("givenOn.month", "13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose who gave consent")))
			.andExpect(content().string(containsString("Choose who may receive it from the list")))
			.andExpect(content().string(containsString("Enter a real date")));
		assertThat(consents()).isZero();
		assertThat(fixtures.auditFor(family.id(), "CONSENT_RECORDED")).isEmpty();
	}

	@Test
	void aNulCharacterInAnyTextIsRefusedByItsFieldAndNothingIsSaved() throws Exception {
		mvc.perform(recordForm().param("purpose", "Help at school\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		assertThat(consents()).isZero();
		var consent = fixtures.consent(supportWorker, family, Set.of(school.id()), Set.of());
		mvc.perform(post("/families/" + family.id() + "/consent/" + consent + "/withdraw").param("note", "\u0000")
			.with(user(supportWorker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		assertThat(jdbc.sql("select withdrawn_at is null from consent where id = :id")
			.param("id", consent)
			.query(Boolean.class)
			.single()).isTrue();
		mvc.perform(post("/safeguarding/requests/new").param("familyReference", family.reference() + "\u0000")
			.param("reason", "Concern\u0000")
			.param("organisationIds", school.id().toString())
			.with(user(supportWorker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
	}

	@Test
	void withdrawingConsentNeedsANoteAndShowsItWithdrawn() throws Exception {
		var consent = fixtures.consent(supportWorker, family, Set.of(school.id()), Set.of());
		var page = "/families/" + family.id() + "/consent/" + consent + "/withdraw";
		mvc.perform(get(page).with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Withdraw consent")));
		mvc.perform(post(page).param("note", " ").with(user(supportWorker)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say how the consent was withdrawn")));
		assertThat(jdbc.sql("select withdrawn_at is null from consent where id = :id")
			.param("id", consent)
			.query(Boolean.class)
			.single()).isTrue();
		mvc.perform(post(page).param("note", "Kerry phoned to withdraw it").with(user(supportWorker)).with(csrf()))
			.andExpect(redirectedUrl("/families/" + family.id() + "/consent"));
		mvc.perform(get("/families/" + family.id() + "/consent").with(user(supportWorker)))
			.andExpect(content().string(containsString(">Withdrawn<")))
			.andExpect(content().string(containsString("Kerry phoned to withdraw it")));
		mvc.perform(post(page).param("note", "Again").with(user(supportWorker)).with(csrf()))
			.andExpect(redirectedUrl("/families/" + family.id() + "/consent"));
		assertThat(fixtures.auditFor(family.id(), "CONSENT_WITHDRAWN")).first()
			.isEqualTo(supportWorker.username() + " ALLOWED ROLE SUPPORT_WORKER");
	}

	@Test
	void consentPastItsReviewDateIsShownExpired() throws Exception {
		var today = ConsentFixtures.today();
		fixtures.consent(supportWorker, family, EnumSet.of(InformationKind.IDENTITY), Set.of(school.id()), Set.of(),
				today.minusYears(2), today.minusDays(1));
		mvc.perform(get("/families/" + family.id() + "/consent").with(user(supportWorker)))
			.andExpect(content().string(containsString(">Expired<")))
			.andExpect(content().string(not(containsString(">Given<"))));
	}

	@Test
	void theConsentFormIsAPdfFilledInForTheFamily() throws Exception {
		var probation = fixtures.organisation("Pages probation", OrganisationType.PROBATION, null);
		mvc.perform(post("/families/" + family.id() + "/consent/new").param("purpose", "Help for Jayden at school")
			.param("kinds", "IDENTITY", "CHILDREN")
			.param("recipients", "type:SCHOOL", "organisation:" + school.id())
			.param("action", "print")
			.with(user(supportWorker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("or add an organisation that may receive more")));
		mvc.perform(post("/families/" + family.id() + "/consent/new").param("purpose", "Help for Jayden at school")
			.param("kinds", "IDENTITY", "CHILDREN")
			.param("recipients", "type:SCHOOL", "organisation:" + school.id(), "organisation:" + probation.id())
			.param("action", "print")
			.with(user(supportWorker))
			.with(csrf())).andExpect(redirectedUrlPattern("/families/" + family.id() + "/consent/form.pdf?*"));

		var response = mvc
			.perform(get("/families/" + family.id() + "/consent/form.pdf").param("purpose", "Help for Jayden at school")
				.param("kinds", "IDENTITY", "CHILDREN")
				.param("recipients", "type:SCHOOL", "organisation:" + school.id(), "organisation:" + probation.id())
				.with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse();
		var text = text(response.getContentAsByteArray());
		assertThat(text).contains("Consent to share information")
			.contains("Family reference: " + family.reference())
			.contains("Kerry Whitlock (parent or carer)")
			.contains("Jayden Whitlock (child)")
			.contains("Help for Jayden at school")
			.contains("X Who they are and how to contact them")
			.contains("X Notes about the children")
			.contains("School: any organisation of this type (who its pupils are only)")
			.contains(school.name() + " (who its pupils are only)")
			.contains(probation.name())
			.contains("A school receives only who its pupils are")
			.contains("Signature")
			.contains("Date");
		assertThat(text).doesNotContain("X Custody details");
		assertThat(fixtures.auditFor(family.id(), "CONSENT_FORM_PRINTED"))
			.containsExactly(supportWorker.username() + " ALLOWED ROLE SUPPORT_WORKER");
	}

	@Test
	void onlyThoseWhoMayChangeTheFamilySeeOrChangeItsConsent() throws Exception {
		var consent = fixtures.consent(supportWorker, family, Set.of(school.id()), Set.of());
		for (var stranger : new StaffPrincipal[] { otherSupportWorker }) {
			mvc.perform(get("/families/" + family.id() + "/consent").with(user(stranger)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/families/" + family.id() + "/consent/new").with(user(stranger)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/families/" + family.id() + "/consent/form.pdf").with(user(stranger)))
				.andExpect(status().isForbidden());
			mvc.perform(recordForm(stranger)).andExpect(status().isForbidden());
			mvc.perform(post("/families/" + family.id() + "/consent/" + consent + "/withdraw").param("note", "No")
				.with(user(stranger))
				.with(csrf())).andExpect(status().isForbidden());
		}
		// A practitioner whose school the consent covers sees the pupil, but not the
		// consent pages.
		mvc.perform(get("/families/" + family.id() + "/consent").with(user(practitioner)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/families/" + UUID.randomUUID() + "/consent").with(user(supportWorker)))
			.andExpect(status().isNotFound());
		assertThat(consents()).isEqualTo(1);
		assertThat(jdbc.sql("select withdrawn_at is null from consent where id = :id")
			.param("id", consent)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(fixtures.auditFor(family.id(), "CONSENT_WITHDRAWN"))
			.containsExactly(otherSupportWorker.username() + " REFUSED ROLE SUPPORT_WORKER");
		assertThat(fixtures.auditFor(family.id(), "CONSENT_FORM_PRINTED"))
			.containsExactly(otherSupportWorker.username() + " REFUSED ROLE SUPPORT_WORKER");
	}

	static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
		}
	}

}
