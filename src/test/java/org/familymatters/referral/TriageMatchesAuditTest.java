package org.familymatters.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A referral's triage shows the people on record who may be the same person: someone in a
 * family of another locality by that family's reference only, never by name or date of
 * birth, and every match shown is audited against the family it belongs to, with the
 * basis that let it be shown (issue 12: a triage match audited against the matched
 * family).
 */
@IntegrationTest
class TriageMatchesAuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralTestData data;

	@Autowired
	ReferralIntake intake;

	@Test
	void aMatchInAnotherLocalitysFamilyIsShownByReferenceOnlyAndAuditedAgainstThatFamily() throws Exception {
		var family = ReferralTestData.familyName();
		var born = LocalDate.of(1990, 4, 12);
		var banbury = data.locality("Banbury");
		var kept = jdbc
			.sql("insert into family (id, locality_id, status) values (gen_random_uuid(), :l, 'active') "
					+ "returning id")
			.param("l", banbury)
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into person (id, family_id, given_name, family_name, date_of_birth, role)
				values (gen_random_uuid(), :f, 'Morgan', :name, :born, 'parent_or_carer')
				""").param("f", kept).param("name", family).param("born", born).update();
		var slough = data.locality("Slough");
		var referral = intake
			.receive(
					new NewReferral(ReferralSource.SELF, "Morgan " + family, null, "01632 960002", null, null, slough,
							List.of(new NewReferral.Person("Morgan", family, null, born, null,
									FamilyRole.PARENT_OR_CARER, null, null, null, null)),
							"We need some help.", List.of(), List.of(), true))
			.id();
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", kept)
			.query(String.class)
			.single();
		mvc.perform(get("/referrals/" + referral).with(data.asSupportWorker("Slough")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone in family " + reference)))
			.andExpect(content().string(not(containsString(", in family " + reference))));
		var audited = jdbc.sql("""
				select basis || ':' || coalesce(detail, '') from audit_event
				where action = 'LIKELY_MATCH_SHOWN' and record_type = 'family' and record_id = :family
				""").param("family", kept.toString()).query(String.class).list();
		assertThat(audited).singleElement()
			.satisfies(event -> assertThat(event).startsWith("ROLE:").contains("reference only").contains("triage"));

		mvc.perform(get("/referrals/" + referral).with(data.asSupportWorker("Banbury")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}

}
