package org.familymatters.consent;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The consent form (the page and the printed form the family signs) says who the access
 * rule lets see the family's record ({@link AccessPolicy}) and how long the record is
 * kept (the retention schedule in force), rather than words written twice.
 */
@IntegrationTest
class ConsentFormWordingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsentFixtures fixtures;

	@Test
	void theConsentFormNamesWhoTheRuleLetsSeeAndHowLongTheRecordIsKept() throws Exception {
		var locality = fixtures.locality("Consent form wording").id();
		var supportWorker = fixtures.user(
				fixtures.organisation("Consent form wording support", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var family = fixtures.family(locality, null, null);
		assertThat(page(get("/families/" + family.id() + "/consent/new").with(user(supportWorker))))
			.contains("What the printed form tells the family")
			.contains("Agency practitioners and designated safeguarding leads of an organisation you agreed may see it")
			.contains("for 6 years after their support ends, then made anonymous");
		var pdf = mvc
			.perform(get("/families/" + family.id() + "/consent/form.pdf").param("purpose", "Help at school")
				.with(user(supportWorker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(text(pdf)).contains("Who can see your family")
			.contains("Agency practitioners and designated safeguarding leads of an organisation you agreed may see it")
			.contains("for 6 years after your support ends, then made anonymous");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		var html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return html.replaceAll("\\s+", " ");
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
