package org.familymatters.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
 * The family's ties on its record: a family day a child went to and a parenting session
 * their mother attended both show on the child's timeline; bad input is refused by the
 * field with nothing saved; an agency whose consent does not cover notes about the
 * children does not see the child's events; what stands in the way of contact is offered
 * to the support plan, and the directory's prison-visit services are listed while someone
 * is in custody.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyTiesTest {

	static final String BULLINGDON = "3a9e0c44-0000-4000-8000-000000000001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FamilyTestData data;

	@Autowired
	Clock clock;

	RequestPostProcessor supportWorker;

	RequestPostProcessor probation;

	UUID family;

	UUID father;

	UUID mother;

	UUID child;

	UUID sister;

	@BeforeAll
	void theUsers() {
		supportWorker = user(data.user(
				data.organisation("Family Matters Banbury", OrganisationType.VOLUNTARY, FamilyTestData.BANBURY),
				Role.SUPPORT_WORKER));
		probation = user(data.user(data.organisation("Probation Banbury", OrganisationType.PROBATION, null),
				Role.AGENCY_PRACTITIONER));
	}

	@BeforeEach
	void aFamily() {
		family = data.family(FamilyTestData.BANBURY, "OX16 2ZZ");
		father = data.person(family, "Lorcan", "Ties-Test", LocalDate.of(1985, 3, 1), "in_custody");
		mother = data.person(family, "Wren", "Ties-Test", LocalDate.of(1987, 7, 9), "parent_or_carer");
		child = data.person(family, "Isla", "Ties-Test", LocalDate.of(2016, 10, 2), "child");
		sister = data.person(family, "Mabli", "Ties-Test", LocalDate.of(2019, 1, 5), "child");
	}

	@Test
	void theChildsTimelineShowsTheFamilyDayAndTheParentingSessions() throws Exception {
		var day = LocalDate.now(clock).minusDays(2);
		mvc.perform(post("/families/" + family + "/contact/new").with(supportWorker)
			.with(csrf())
			.param("kind", "family_day")
			.param("occurredOn.day", String.valueOf(day.getDayOfMonth()))
			.param("occurredOn.month", String.valueOf(day.getMonthValue()))
			.param("occurredOn.year", String.valueOf(day.getYear()))
			.param("prisonId", BULLINGDON)
			.param("people", mother.toString(), child.toString())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/families/" + family + "/parenting-sessions/new").with(supportWorker)
			.with(csrf())
			.param("programme", "6b1f0e20-0000-4000-8000-000000000001")
			.param("personId", mother.toString())
			.param("occurredOn.day", String.valueOf(day.getDayOfMonth()))
			.param("occurredOn.month", String.valueOf(day.getMonthValue()))
			.param("occurredOn.year", String.valueOf(day.getYear()))
			.param("setting", "in_community")
			.param("place", "Banbury children's centre")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/families/" + family + "/timeline/children/" + child).with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Family day")))
			.andExpect(content().string(containsString("At HMP Bullingdon, with Wren Ties-Test and Isla Ties-Test")))
			.andExpect(content().string(containsString("Parenting programme session")))
			.andExpect(
					content().string(containsString("Family Links parenting programme, in the community at Banbury")))
			.andExpect(content().string(containsString("attended by Wren Ties-Test")));
		// The sister did not go to the family day: her timeline has only the session.
		mvc.perform(get("/families/" + family + "/timeline/children/" + sister).with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Family day"))))
			.andExpect(content().string(containsString("Parenting programme session")));
		mvc.perform(get("/families/" + family).with(supportWorker))
			.andExpect(content().string(containsString("/timeline/children/" + child)))
			.andExpect(content().string(containsString("Record family contact")))
			.andExpect(content().string(containsString("Record a parenting session")));
		assertThat(data.actions(family)).contains("FAMILY_CONTACT_RECORDED ALLOWED",
				"PARENTING_SESSION_RECORDED ALLOWED", "CHILD_TIMELINE_VIEWED ALLOWED");
		// Not a child of this family: not found.
		mvc.perform(get("/families/" + family + "/timeline/children/" + mother).with(supportWorker))
			.andExpect(status().isNotFound());
		mvc.perform(get("/families/" + family + "/timeline/children/" + UUID.randomUUID()).with(supportWorker))
			.andExpect(status().isNotFound());
	}

	@Test
	void badContactIsRefusedByTheFieldAndNothingSaved() throws Exception {
		var other = data.family(FamilyTestData.BANBURY, "OX16 3ZZ");
		var stranger = data.person(other, "Ola", "Elsewhere-Test", LocalDate.of(2015, 1, 1), "child");
		var tomorrow = LocalDate.now(clock).plusDays(2);
		mvc.perform(post("/families/" + family + "/contact/new").with(supportWorker)
			.with(csrf())
			.param("kind", "visit")
			.param("occurredOn.day", String.valueOf(tomorrow.getDayOfMonth()))
			.param("occurredOn.month", String.valueOf(tomorrow.getMonthValue()))
			.param("occurredOn.year", String.valueOf(tomorrow.getYear()))
			.param("prisonId", BULLINGDON))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date must be today or in the past")))
			.andExpect(content().string(containsString("Choose who of the family took part")));
		mvc.perform(post("/families/" + family + "/contact/new").with(supportWorker)
			.with(csrf())
			.param("kind", "visit")
			.param("occurredOn.day", "1")
			.param("occurredOn.month", "3")
			.param("occurredOn.year", "2026")
			.param("people", stranger.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose who took part from the family")))
			.andExpect(content().string(containsString("Choose the prison of the visit or family day")));
		mvc.perform(post("/families/" + family + "/parenting-sessions/new").with(supportWorker)
			.with(csrf())
			.param("programme", "new")
			.param("personId", child.toString())
			.param("setting", "in_prison"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the name of the programme")))
			.andExpect(content().string(containsString("Choose the parent or carer who attended from the list")));
		assertThat(jdbc.sql("select count(*) from timeline_entry where family_id = :f")
			.param("f", family)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAgencyWithoutConsentToNotesAboutTheChildrenDoesNotSeeTheirEvents() throws Exception {
		var day = LocalDate.now(clock).minusDays(1);
		mvc.perform(post("/families/" + family + "/contact/new").with(supportWorker)
			.with(csrf())
			.param("kind", "family_day")
			.param("occurredOn.day", String.valueOf(day.getDayOfMonth()))
			.param("occurredOn.month", String.valueOf(day.getMonthValue()))
			.param("occurredOn.year", String.valueOf(day.getYear()))
			.param("prisonId", BULLINGDON)
			.param("people", child.toString())).andExpect(status().is3xxRedirection());
		var consent = consentForProbation("identity");
		mvc.perform(get("/families/" + family).with(probation))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Isla Ties-Test")))
			.andExpect(content().string(not(containsString("Family day"))))
			.andExpect(content().string(not(containsString("Record family contact"))));
		mvc.perform(get("/families/" + family + "/timeline/children/" + child).with(probation))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Family day"))));
		jdbc.sql("insert into consent_information (consent_id, kind) values (:id, 'children')")
			.param("id", consent)
			.update();
		mvc.perform(get("/families/" + family + "/timeline/children/" + child).with(probation))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Family day")));
	}

	@Test
	void whatStandsInTheWayIsOfferedToThePlanAndVisitServicesListed() throws Exception {
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, sentenced_on, expected_release_on)
				values (:id, :person, cast(:prison as uuid), current_date - 100, current_date + 200)
				""").param("id", UUID.randomUUID()).param("person", father).param("prison", BULLINGDON).update();
		var today = LocalDate.now(clock);
		mvc.perform(post("/families/" + family + "/contact-barriers/new").with(supportWorker)
			.with(csrf())
			.param("kind", "other")
			.param("notedOn.day", String.valueOf(today.getDayOfMonth()))
			.param("notedOn.month", String.valueOf(today.getMonthValue()))
			.param("notedOn.year", String.valueOf(today.getYear())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say what stands in the way of contact")));
		mvc.perform(post("/families/" + family + "/contact-barriers/new").with(supportWorker)
			.with(csrf())
			.param("kind", "cost")
			.param("details", "Two buses and a train each way")
			.param("notedOn.day", String.valueOf(today.getDayOfMonth()))
			.param("notedOn.month", String.valueOf(today.getMonthValue()))
			.param("notedOn.year", String.valueOf(today.getYear())))
			.andExpect(redirectedUrl("/families/" + family + "#contact-barriers"));
		mvc.perform(get("/families/" + family).with(supportWorker))
			.andExpect(content().string(containsString("The cost: Two buses and a train each way")))
			.andExpect(content().string(containsString("Services for prison visits")));
		mvc.perform(post("/families/" + family + "/plan/start").with(supportWorker).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/families/" + family + "/plan").with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The cost: Two buses and a train each way")))
			.andExpect(content().string(containsString("Add a goal about contact")))
			.andExpect(content().string(containsString("/plan/goals/new?area=7d1a0000-0000-4000-8000-000000000009")));
		mvc.perform(get("/families/" + family + "/plan/goals/new").param("area", "7d1a0000-0000-4000-8000-000000000009")
			.with(supportWorker))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("value=\"7d1a0000-0000-4000-8000-000000000009\" selected=\"selected\"")));
		assertThat(data.actions(family)).contains("CONTACT_BARRIER_RECORDED ALLOWED",
				"CONTACT_BARRIERS_VIEWED ALLOWED");
	}

	/** Consent for probation services to the given kinds of the family's information. */
	private UUID consentForProbation(String kind) {
		var consent = UUID.randomUUID();
		jdbc.sql("""
				insert into consent (id, family_id, giver_id, method, given_on, purpose)
				values (:id, :family, :giver, 'signed_form', current_date - 1, 'Support on release')
				""").param("id", consent).param("family", family).param("giver", mother).update();
		jdbc.sql("insert into consent_information (consent_id, kind) values (:id, :kind)")
			.param("id", consent)
			.param("kind", kind)
			.update();
		jdbc.sql("insert into consent_recipient (consent_id, organisation_type) values (:id, 'PROBATION')")
			.param("id", consent)
			.update();
		return consent;
	}

}
