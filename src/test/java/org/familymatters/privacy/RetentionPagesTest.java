package org.familymatters.privacy;

import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The retention pages: administrators' schedule (its limits refused by the field, a save
 * audited with the period before and after, never over someone else's), and the
 * safeguarding leads' holds. A period saved here is the one in force already, so that the
 * tests running beside this one see the schedule unchanged.
 */
@IntegrationTest
class RetentionPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void administratorsSeeTheScheduleWhatTheNextRunWillRemoveAndTheLastRuns() throws Exception {
		mvc.perform(get("/admin/retention").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Requests for support that were never accepted")))
			.andExpect(content().string(containsString("What the next run will remove")))
			.andExpect(content().string(containsString("The last runs")))
			.andExpect(content().string(containsString("/admin/retention/court-desk-contact-details")));
		mvc.perform(get("/home").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(content().string(containsString("href=\"/admin/retention\"")));
		mvc.perform(get("/admin/retention/no-such-kind").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPeriodOutsideItsLimitsIsRefusedByTheFieldWithTheLimit() throws Exception {
		var version = version("TRAINING_BOOKINGS");
		mvc.perform(post("/admin/retention/training-bookings").param("months", "11")
			.param("version", Long.toString(version))
			.with(users.as(Role.ADMINISTRATOR))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter at least 12 months")));
		mvc.perform(post("/admin/retention/training-bookings").param("months", "73")
			.param("version", Long.toString(version))
			.with(users.as(Role.ADMINISTRATOR))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter no more than 72 months")));
		mvc.perform(post("/admin/retention/training-bookings").param("months", "36")
			.param("version", Long.toString(version + 7))
			.with(users.as(Role.ADMINISTRATOR))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(version("TRAINING_BOOKINGS")).isEqualTo(version);
	}

	@Test
	void aPeriodWithinItsLimitsIsSavedAndAudited() throws Exception {
		var months = jdbc.sql("select months from privacy_retention_setting where kind = 'CLOSED_FAMILIES'")
			.query(Integer.class)
			.optional()
			.orElse(72);
		var version = version("CLOSED_FAMILIES");
		mvc.perform(post("/admin/retention/closed-families").param("months", months.toString())
			.param("version", Long.toString(version))
			.with(users.as(Role.ADMINISTRATOR))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/retention"));
		assertThat(version("CLOSED_FAMILIES")).isEqualTo(version + 1);
		assertThat(jdbc
			.sql("""
					select count(*) from audit_event where action = 'RETENTION_PERIOD_CHANGED' and record_id = 'CLOSED_FAMILIES'
					  and detail = :detail
					""")
			.param("detail", "CLOSED_FAMILIES: " + months + " months before, " + months + " months after")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aSafeguardingLeadHoldsAFamilyByItsReferenceAndEndsTheHold() throws Exception {
		var family = UUID.randomUUID();
		var locality = jdbc.sql("select id from locality order by name limit 1").query(UUID.class).single();
		var reference = jdbc.sql("""
				insert into family (id, locality_id, status, closed_reason) values (:id, :locality, 'closed', 'Moved')
				returning reference
				""").param("id", family).param("locality", locality).query(String.class).single();

		mvc.perform(get("/home").with(users.as(Role.SAFEGUARDING_LEAD)))
			.andExpect(content().string(containsString("href=\"/safeguarding/holds\"")));
		mvc.perform(post("/safeguarding/holds").param("reference", "FM-0")
			.param("until.day", "1")
			.param("until.month", "1")
			.param("until.year", "2000")
			.param("reason", "")
			.with(users.as(Role.SAFEGUARDING_LEAD))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No family has this reference")))
			.andExpect(content().string(containsString("The last day cannot be in the past")))
			.andExpect(content().string(containsString("Enter why the record must be kept")));
		mvc.perform(post("/safeguarding/holds").param("reference", reference.toLowerCase())
			.param("until.day", "1")
			.param("until.month", "1")
			.param("until.year", "2099")
			.param("reason", "A child protection enquiry is open")
			.with(users.as(Role.SAFEGUARDING_LEAD))
			.with(csrf())).andExpect(status().isOk());
		assertThat(holdUntil(family)).as("more than ten years away").isNull();

		var until = java.time.LocalDate.now().plusYears(1);
		mvc.perform(post("/safeguarding/holds").param("reference", reference.toLowerCase())
			.param("until.day", Integer.toString(until.getDayOfMonth()))
			.param("until.month", Integer.toString(until.getMonthValue()))
			.param("until.year", Integer.toString(until.getYear()))
			.param("reason", "A child protection enquiry is open")
			.with(users.as(Role.SAFEGUARDING_LEAD))
			.with(csrf())).andExpect(redirectedUrl("/safeguarding/holds"));
		assertThat(holdUntil(family)).isEqualTo(until.toString());
		mvc.perform(get("/safeguarding/holds").with(users.as(Role.SAFEGUARDING_LEAD)))
			.andExpect(content().string(containsString(reference)));

		mvc.perform(post("/safeguarding/holds/" + family + "/end").with(users.as(Role.SAFEGUARDING_LEAD)).with(csrf()))
			.andExpect(redirectedUrl("/safeguarding/holds"));
		assertThat(holdUntil(family)).isNull();
		mvc.perform(post("/safeguarding/holds/" + family + "/end").with(users.as(Role.SAFEGUARDING_LEAD)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("""
				select count(*) from audit_event where record_id = :id
				  and action in ('SAFEGUARDING_HOLD_PLACED', 'SAFEGUARDING_HOLD_ENDED')
				""").param("id", family.toString()).query(Long.class).single()).isEqualTo(2);
	}

	private long version(String kind) {
		return jdbc.sql("select version from privacy_retention_setting where kind = :kind")
			.param("kind", kind)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	private String holdUntil(UUID family) {
		return jdbc.sql("select cast(hold_until as text) from family where id = :id")
			.param("id", family)
			.query(String.class)
			.list()
			.get(0);
	}

}
