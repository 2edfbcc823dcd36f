package org.familymatters.consent;

import java.util.UUID;

import org.familymatters.family.FamilyRecords;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sharing without consent: an agency practitioner who knows a family's reference asks,
 * giving the reason and the organisations; a designated safeguarding lead sees the
 * request and decides with a reason (an approval needs an end date, not in the past).
 * Both reasons are kept; every step is audited, with what the lead was shown; an approval
 * lets the organisations named see the family.
 */
@IntegrationTest
class SafeguardingPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsentFixtures fixtures;

	@Autowired
	FamilyRecords records;

	@Autowired
	JdbcClient jdbc;

	StaffPrincipal supportWorker;

	StaffPrincipal socialWorker;

	StaffPrincipal lead;

	Organisation socialCare;

	ConsentFixtures.TestFamily family;

	@BeforeEach
	void aFamilyAndThePeopleConcerned() {
		var locality = fixtures.locality("Safeguarding pages").id();
		supportWorker = fixtures.user(
				fixtures.organisation("Family Matters safeguarding", OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		socialCare = fixtures.organisation("Safeguarding social care", OrganisationType.SOCIAL_CARE, locality);
		socialWorker = fixtures.user(socialCare.id(), Role.AGENCY_PRACTITIONER);
		lead = fixtures.user(socialCare.id(), Role.SAFEGUARDING_LEAD);
		family = fixtures.family(locality, null, null);
	}

	private long requests() {
		return jdbc.sql("select count(*) from safeguarding_request where family_id = :id")
			.param("id", family.id())
			.query(Long.class)
			.single();
	}

	private UUID request() {
		return jdbc.sql("select id from safeguarding_request where family_id = :id")
			.param("id", family.id())
			.query(UUID.class)
			.single();
	}

	@Test
	void aPractitionerAsksByReferenceAndALeadApproves() throws Exception {
		mvc.perform(post("/safeguarding/requests/new").param("familyReference", "FM-NOPE")
			.param("reason", " ")
			.with(user(socialWorker))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no family with that reference")))
			.andExpect(content().string(containsString("Say why the information should be shared without consent")))
			.andExpect(content().string(containsString("Choose at least one organisation the sharing would cover")));
		mvc.perform(post("/safeguarding/requests/new").param("reason", "Bruising")
			.param("organisationIds", "x")
			.with(user(socialWorker))
			.with(csrf()))
			.andExpect(content().string(containsString("Enter the family&#39;s reference")))
			.andExpect(content().string(containsString("Choose organisations from the list")));
		assertThat(requests()).isZero();

		mvc.perform(post("/safeguarding/requests/new").param("familyReference", family.reference().toLowerCase())
			.param("reason", "Jayden told his teacher he is scared to go home")
			.param("organisationIds", socialCare.id().toString())
			.with(user(socialWorker))
			.with(csrf())).andExpect(redirectedUrl("/safeguarding/requests/new"));
		var id = request();
		assertThat(fixtures.auditFor(family.id(), "SAFEGUARDING_REQUESTED"))
			.containsExactly(socialWorker.username() + " ALLOWED ROLE AGENCY_PRACTITIONER");
		fixtures.as(socialWorker,
				() -> assertThatThrownBy(() -> records.view(family.id()))
					.as("nothing is shared while the request waits")
					.isInstanceOf(AccessDeniedException.class));

		mvc.perform(get("/safeguarding/requests").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(family.reference())));
		assertThat(fixtures.auditFor(family.id(), "SAFEGUARDING_REQUEST_LISTED"))
			.containsExactly(lead.username() + " ALLOWED ROLE SAFEGUARDING_LEAD");
		mvc.perform(get("/safeguarding/requests/" + id).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jayden told his teacher he is scared to go home")))
			.andExpect(content().string(containsString(family.reference())))
			.andExpect(content().string(containsString(socialCare.name())));
		assertThat(jdbc.sql("""
				select detail from audit_event where action = 'SAFEGUARDING_REQUEST_VIEWED' and record_id = :id
				""").param("id", family.id().toString()).query(String.class).single()).contains(family.reference())
			.contains("reason")
			.contains(id.toString());

		var today = ConsentFixtures.today();
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "approve").with(user(lead)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the reason for your decision")))
			.andExpect(content().string(containsString("Enter the last day sharing is approved for")));
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "approve")
			.param("reason", "Risk of harm")
			.param("endsOn.day", "1")
			.param("endsOn.month", "1")
			.param("endsOn.year", String.valueOf(today.getYear() - 1))
			.with(user(lead))
			.with(csrf())).andExpect(content().string(containsString("The end date must be today or in the future")));
		mvc.perform(post("/safeguarding/requests/" + id).with(user(lead)).with(csrf()))
			.andExpect(content().string(containsString("Choose whether to approve or refuse sharing without consent")));
		assertThat(jdbc.sql("select status from safeguarding_request where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("pending");

		var ends = today.plusDays(28);
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "approve")
			.param("reason", "Risk of harm at home: share with social care for the assessment")
			.param("endsOn.day", String.valueOf(ends.getDayOfMonth()))
			.param("endsOn.month", String.valueOf(ends.getMonthValue()))
			.param("endsOn.year", String.valueOf(ends.getYear()))
			.with(user(lead))
			.with(csrf())).andExpect(redirectedUrl("/safeguarding/requests"));
		var decided = jdbc
			.sql("select status, ends_on, decision_reason, reason from safeguarding_request where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(decided.get("status")).isEqualTo("approved");
		assertThat(decided.get("ends_on").toString()).isEqualTo(ends.toString());
		assertThat(decided.get("decision_reason"))
			.isEqualTo("Risk of harm at home: share with social care for the assessment");
		assertThat(decided.get("reason")).isEqualTo("Jayden told his teacher he is scared to go home");
		assertThat(fixtures.auditFor(family.id(), "SAFEGUARDING_APPROVED"))
			.containsExactly(lead.username() + " ALLOWED ROLE SAFEGUARDING_LEAD");

		var seen = fixtures.as(socialWorker, () -> records.view(family.id()));
		assertThat(seen.access().reference()).isEqualTo(id.toString());
		assertThat(fixtures.auditFor(family.id(), "FAMILY_VIEWED"))
			.endsWith(socialWorker.username() + " ALLOWED SAFEGUARDING " + id);

		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "refuse")
			.param("reason", "Changed my mind")
			.with(user(lead))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This request has been decided already")));
	}

	@Test
	void aSupportWorkerAsksFromTheFamilyAndALeadRefusesWithAReasonKept() throws Exception {
		mvc.perform(get("/families/" + family.id() + "/safeguarding/new").with(user(supportWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(family.reference())));
		mvc.perform(
				post("/families/" + family.id() + "/safeguarding/new").param("reason", "Mia missed school for weeks")
					.param("organisationIds", socialCare.id().toString())
					.with(user(supportWorker))
					.with(csrf()))
			.andExpect(redirectedUrl("/families/" + family.id() + "/consent"));
		var id = request();
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "refuse")
			.param("reason", "Not a safeguarding concern: ask the family for consent")
			.with(user(lead))
			.with(csrf())).andExpect(redirectedUrl("/safeguarding/requests"));
		var decided = jdbc.sql("select status, decision_reason, ends_on from safeguarding_request where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(decided.get("status")).isEqualTo("refused");
		assertThat(decided.get("decision_reason")).isEqualTo("Not a safeguarding concern: ask the family for consent");
		assertThat(decided.get("ends_on")).isNull();
		assertThat(fixtures.auditFor(family.id(), "SAFEGUARDING_REFUSED"))
			.containsExactly(lead.username() + " ALLOWED ROLE SAFEGUARDING_LEAD");
		fixtures.as(socialWorker,
				() -> assertThatThrownBy(() -> records.view(family.id())).isInstanceOf(AccessDeniedException.class));
		mvc.perform(get("/families/" + family.id() + "/consent").with(user(supportWorker)))
			.andExpect(content().string(containsString("Not a safeguarding concern: ask the family for consent")));
	}

	@Test
	void onlyLeadsDecideAndNotTheirOwnRequests() throws Exception {
		mvc.perform(get("/safeguarding/requests").with(user(socialWorker))).andExpect(status().isForbidden());
		mvc.perform(get("/safeguarding/requests").with(user(supportWorker))).andExpect(status().isForbidden());
		mvc.perform(get("/safeguarding/requests/new").with(user(lead))).andExpect(status().isForbidden());
		mvc.perform(get("/families/" + family.id() + "/safeguarding/new").with(user(socialWorker)))
			.andExpect(status().isForbidden());
		var both = fixtures.user(socialCare.id(), Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD);
		mvc.perform(post("/safeguarding/requests/new").param("familyReference", family.reference())
			.param("reason", "Worried")
			.param("organisationIds", socialCare.id().toString())
			.with(user(both))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var id = request();
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "refuse")
			.param("reason", "Mine")
			.with(user(socialWorker))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "refuse")
			.param("reason", "Mine")
			.with(user(both))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from safeguarding_request where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("pending");
		mvc.perform(get("/safeguarding/requests/" + UUID.randomUUID()).with(user(lead)))
			.andExpect(status().isNotFound());
	}

}
