package org.familymatters.consent;

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
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Family references are sequential (FM-000001, FM-000002 …), so a request to share
 * without consent, which answers "there is no family with that reference", would let
 * someone list them (issue 12). Every lookup of a reference is audited, found or not, and
 * each user may look up only so many.
 */
@IntegrationTest
class ReferenceLookupTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsentFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	StaffPrincipal practitioner;

	Organisation socialCare;

	ConsentFixtures.TestFamily family;

	@BeforeEach
	void aPractitionerAndAFamily() {
		var locality = fixtures.locality("Reference lookups").id();
		socialCare = fixtures.organisation("Lookup social care", OrganisationType.SOCIAL_CARE, locality);
		practitioner = fixtures.user(socialCare.id(), Role.AGENCY_PRACTITIONER);
		family = fixtures.family(locality, null, null);
	}

	private ResultActions lookUp(String reference) throws Exception {
		return mvc.perform(post("/safeguarding/requests/new").param("familyReference", reference)
			.param("reason", " ")
			.with(user(practitioner))
			.with(csrf()));
	}

	private java.util.List<String> lookups() {
		return jdbc.sql("""
				select record_type || ' ' || record_id || ' ' || outcome || ' ' || basis || ' '
				       || coalesce(basis_reference, '')
				from audit_event where action = 'FAMILY_REFERENCE_LOOKED_UP' and actor_username = :user order by id
				""").param("user", practitioner.username()).query(String.class).list();
	}

	@Test
	void everyLookupOfAReferenceIsAuditedFoundOrNot() throws Exception {
		lookUp("FM-999999").andExpect(content().string(containsString("There is no family with that reference")));
		lookUp(family.reference().toLowerCase())
			.andExpect(content().string(not(containsString("There is no family with that reference"))));
		assertThat(lookups()).containsExactly("family_reference FM-999999 ALLOWED ROLE AGENCY_PRACTITIONER",
				"family " + family.id() + " ALLOWED ROLE AGENCY_PRACTITIONER");
	}

	@Test
	void eachUserLooksUpOnlySoManyReferences() throws Exception {
		for (int i = 0; i < 20; i++) {
			lookUp("FM-" + (900000 + i)).andExpect(status().isOk())
				.andExpect(content().string(containsString("There is no family with that reference")));
		}
		lookUp(family.reference()).andExpect(status().isOk())
			.andExpect(content().string(containsString("You have looked up 20 family references")))
			.andExpect(content().string(not(containsString("There is no family with that reference"))));
		assertThat(lookups()).hasSize(21).last().asString().endsWith("REFUSED ROLE AGENCY_PRACTITIONER");
	}

}
