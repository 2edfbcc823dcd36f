package org.familymatters.consent;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
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
import static org.hamcrest.Matchers.not;
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

	UUID locality;

	@BeforeEach
	void aFamilyAndThePeopleConcerned() {
		locality = fixtures.locality("Safeguarding pages").id();
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

		mvc.perform(get("/safeguarding/requests").param("locality", locality.toString()).with(user(lead)))
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

	@Test
	void theRequesterFollowsTheirRequestByItsReferenceAndTheLeadSeesWhoAsksAndTheConsent() throws Exception {
		var sent = mvc
			.perform(post("/safeguarding/requests/new").param("familyReference", family.reference())
				.param("reason", "Mia said she is afraid of a visitor")
				.param("organisationIds", socialCare.id().toString())
				.with(user(socialWorker))
				.with(csrf()))
			.andExpect(redirectedUrl("/safeguarding/requests/new"))
			.andReturn();
		var id = request();
		var reference = jdbc.sql("select reference from safeguarding_request where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(reference).matches("SR-\\d{6,}");
		assertThat(sent.getFlashMap().get("message").toString()).contains(reference);
		mvc.perform(get("/safeguarding/requests/mine").with(user(socialWorker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString(family.reference())))
			.andExpect(content().string(containsString("Waiting for a decision")));

		fixtures.consent(supportWorker, family, EnumSet.of(InformationKind.CUSTODY), Set.of(socialCare.id()), Set.of(),
				ConsentFixtures.today().minusDays(2), null);
		mvc.perform(get("/safeguarding/requests/" + id).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/families/" + family.id() + "\"")))
			.andExpect(content().string(containsString(socialWorker.displayName())))
			.andExpect(content().string(containsString(socialCare.name())))
			.andExpect(content().string(containsString("Custody details")))
			.andExpect(content().string(containsString("No later than")));

		var tooFar = ConsentFixtures.today().plusMonths(12).plusDays(1);
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "approve")
			.param("reason", "Risk of harm")
			.param("endsOn.day", String.valueOf(tooFar.getDayOfMonth()))
			.param("endsOn.month", String.valueOf(tooFar.getMonthValue()))
			.param("endsOn.year", String.valueOf(tooFar.getYear()))
			.with(user(lead))
			.with(csrf())).andExpect(content().string(containsString("The end date must be on or before")));
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "refuse")
			.param("reason", "Ask the family first")
			.param("endsOn.day", "nonsense")
			.with(user(lead))
			.with(csrf())).andExpect(redirectedUrl("/safeguarding/requests"));
		mvc.perform(get("/safeguarding/requests/mine").with(user(socialWorker)))
			.andExpect(content().string(containsString("Refused")))
			.andExpect(content().string(containsString("Ask the family first")));
	}

	@Test
	void aLeadDecidesOnlyTheRequestsOfTheirOwnLocalities() throws Exception {
		var slough = jdbc.sql("select id from locality where name = 'Slough'").query(UUID.class).single();
		var berkshire = fixtures.organisation("Berkshire social care", OrganisationType.SOCIAL_CARE, slough);
		var otherLead = fixtures.user(berkshire.id(), Role.SAFEGUARDING_LEAD);
		mvc.perform(post("/families/" + family.id() + "/safeguarding/new").param("reason", "Worried about Jayden")
			.param("organisationIds", socialCare.id().toString())
			.with(user(supportWorker))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var id = request();
		mvc.perform(get("/safeguarding/requests").with(user(otherLead)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(family.reference()))));
		mvc.perform(get("/safeguarding/requests").param("locality", locality.toString()).with(user(otherLead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You decide only the requests of your own localities")));
		mvc.perform(get("/safeguarding/requests/" + id).with(user(otherLead))).andExpect(status().isForbidden());
		mvc.perform(post("/safeguarding/requests/" + id).param("decision", "refuse")
			.param("reason", "Not mine to decide")
			.with(user(otherLead))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from safeguarding_request where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("pending");
		assertThat(fixtures.auditFor(family.id(), "SAFEGUARDING_REQUEST_VIEWED"))
			.containsExactly(otherLead.username() + " REFUSED ROLE OTHER_LOCALITY");
		mvc.perform(get("/safeguarding/requests").param("page", "99").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 99")));
		mvc.perform(get("/safeguarding/requests").param("page", "%00").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such page")));
		mvc.perform(get("/safeguarding/requests").param("show", "everything").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose which requests to show from the list")));
		mvc.perform(get("/safeguarding/requests").param("show", "\u0000").param("locality", "\u0000").with(user(lead)))
			.andExpect(status().isOk());
	}

	@Test
	void aLeadEndsAnApprovalAndTheRefusalSaysWhen() throws Exception {
		var approval = fixtures.approvedSafeguarding(supportWorker, lead, family, Set.of(socialCare.id()),
				ConsentFixtures.today().plusDays(10));
		mvc.perform(get("/families/" + family.id()).with(user(socialWorker))).andExpect(status().isOk());
		mvc.perform(get("/safeguarding/requests/" + approval + "/end").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("End the approval now")));
		mvc.perform(post("/safeguarding/requests/" + approval + "/end").with(user(lead)).with(csrf()))
			.andExpect(redirectedUrl("/safeguarding/requests?show=approved"));
		assertThat(fixtures.auditFor(family.id(), "SAFEGUARDING_APPROVAL_ENDED"))
			.containsExactly(lead.username() + " ALLOWED ROLE SAFEGUARDING_LEAD");
		var today = ConsentFixtures.today().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
		mvc.perform(get("/families/" + family.id()).with(user(socialWorker)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("without consent ended on " + today)));
		assertThat(fixtures.auditFor(family.id(), "FAMILY_VIEWED"))
			.endsWith(socialWorker.username() + " REFUSED SAFEGUARDING ENDED:" + approval);
	}

}
