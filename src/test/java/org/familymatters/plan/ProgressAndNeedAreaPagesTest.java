package org.familymatters.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.plan.internal.HeadlineOutcome;
import org.familymatters.plan.internal.NeedAreas;
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

/** The distance travelled page and the need areas' administration, over HTTP. */
@IntegrationTest
class ProgressAndNeedAreaPagesTest {

	@Autowired
	OutcomeFixtures fixtures;

	@Autowired
	NeedAreas needAreas;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFamilysSupportWorkerSeesItsDistanceTravelledAndIsAudited() throws Exception {
		var locality = fixtures.locality("Progress town");
		var worker = fixtures.supportWorker(locality.id());
		var family = fixtures.family(locality.id());
		fixtures.assessment(family, null, LocalDate.of(2026, 1, 5), "first", worker,
				Map.of(OutcomeFixtures.MONEY, 1, OutcomeFixtures.HOUSING, 4));
		fixtures.assessment(family, null, LocalDate.of(2026, 4, 5), "review", worker,
				Map.of(OutcomeFixtures.MONEY, 3, OutcomeFixtures.HOUSING, 3));
		fixtures.assessment(family, family.child(), LocalDate.of(2026, 1, 5), "first", worker,
				Map.of(OutcomeFixtures.EDUCATION, 2));
		fixtures.assessment(family, family.child(), LocalDate.of(2026, 4, 5), "review", worker,
				Map.of(OutcomeFixtures.EDUCATION, 5));

		mvc.perform(get("/families/" + family.id() + "/plan/progress").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Distance travelled")))
			.andExpect(content().string(containsString("2 points better")))
			.andExpect(content().string(containsString("1 point worse")))
			.andExpect(content().string(containsString("fm-progress__fill--4")))
			.andExpect(content().string(containsString("Jayden Whitlock")))
			.andExpect(content().string(containsString("3 points better")));
		assertThat(audit(family.id())).containsExactly(worker.getUsername() + " ALLOWED ROLE");

		var stranger = fixtures.supportWorker(fixtures.locality("Elsewhere").id());
		mvc.perform(get("/families/" + family.id() + "/plan/progress").with(user(stranger)))
			.andExpect(status().isForbidden());
		assertThat(audit(family.id())).hasSize(2).last().asString().contains("REFUSED");
	}

	@Test
	void aFamilyAssessedOnceIsToldSo() throws Exception {
		var locality = fixtures.locality("Once town");
		var worker = fixtures.supportWorker(locality.id());
		var family = fixtures.family(locality.id());
		fixtures.assessment(family, null, LocalDate.of(2026, 1, 5), "first", worker, Map.of(OutcomeFixtures.MONEY, 1));
		mvc.perform(get("/families/" + family.id() + "/plan/progress").with(user(worker)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This family has been assessed once")))
			.andExpect(content().string(not(containsString("<table"))));
		mvc.perform(get("/families/" + UUID.randomUUID() + "/plan/progress").with(user(worker)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAdministratorAddsAndDeactivatesANeedArea() throws Exception {
		var label = "Caring responsibilities " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/need-areas/new").with(users.as(Role.ADMINISTRATOR))
			.with(csrf())
			.param("label", "  " + label + " ")
			.param("description", "Young carers and adults caring for others.")
			.param("outcome", HeadlineOutcome.HEALTH.name())
			.param("aboutChildren", "yes")
			.param("referralNeed", "")).andExpect(redirectedUrl("/admin/need-areas"));
		var added = needAreas.active().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
		assertThat(added.code()).isEqualTo(NeedAreas.codeOf(label));
		assertThat(added.outcome()).isEqualTo(HeadlineOutcome.HEALTH);
		assertThat(added.aboutChildren()).isTrue();
		assertThat(needAreas.active().get(needAreas.active().size() - 1).position())
			.isGreaterThanOrEqualTo(added.position());
		assertThat(jdbc
			.sql("select count(*) from audit_event where action = 'NEED_AREA_ADDED' and record_id = :id"
					+ " and basis = 'ROLE'")
			.param("id", added.id().toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		// The same label in another case is refused; nothing is saved.
		mvc.perform(post("/admin/need-areas/new").with(users.as(Role.ADMINISTRATOR))
			.with(csrf())
			.param("label", label.toUpperCase())
			.param("outcome", HeadlineOutcome.HEALTH.name())
			.param("aboutChildren", "no"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a need area with that label")));
		// No outcome: refused by the field.
		mvc.perform(post("/admin/need-areas/new").with(users.as(Role.ADMINISTRATOR))
			.with(csrf())
			.param("label", label + " two")
			.param("outcome", "")
			.param("aboutChildren", "no"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the Supporting Families headline outcome")));
		assertThat(needAreas.all().stream().filter(a -> a.label().startsWith(label))).hasSize(1);

		mvc.perform(post("/admin/need-areas/" + added.id() + "/edit").with(users.as(Role.ADMINISTRATOR))
			.with(csrf())
			.param("version", Long.toString(added.version()))
			.param("label", label)
			.param("description", "Changed")
			.param("outcome", HeadlineOutcome.FAMILY_RELATIONSHIPS.name())
			.param("aboutChildren", "yes")
			.param("referralNeed", "housing")
			.param("active", "no")).andExpect(redirectedUrl("/admin/need-areas"));
		var changed = needAreas.find(added.id()).orElseThrow();
		assertThat(changed.active()).isFalse();
		assertThat(changed.code()).isEqualTo(added.code());
		assertThat(changed.referralNeedCode()).isEqualTo("housing");
		assertThat(needAreas.active()).noneMatch(a -> a.id().equals(added.id()));

		// A second save from the same old version is refused.
		mvc.perform(post("/admin/need-areas/" + added.id() + "/edit").with(users.as(Role.ADMINISTRATOR))
			.with(csrf())
			.param("version", Long.toString(added.version()))
			.param("label", label)
			.param("outcome", HeadlineOutcome.HEALTH.name())
			.param("aboutChildren", "no")
			.param("active", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(needAreas.find(added.id()).orElseThrow().active()).isFalse();

		mvc.perform(get("/admin/need-areas").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(label)))
			.andExpect(content().string(containsString("Improved family relationships")));
	}

	private java.util.List<String> audit(UUID familyId) {
		return jdbc.sql("""
				select actor_username || ' ' || outcome || ' ' || basis from audit_event
				where record_type = 'family' and record_id = :id and action = 'DISTANCE_TRAVELLED_VIEWED'
				order by id
				""").param("id", familyId.toString()).query(String.class).list();
	}

}
