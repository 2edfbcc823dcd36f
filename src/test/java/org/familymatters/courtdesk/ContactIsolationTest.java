package org.familymatters.courtdesk;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.familymatters.courtdesk.internal.ContactRecording;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a volunteer sees: the contacts they recorded at the court they work at now, met in
 * the last 14 days, and nothing else — not another volunteer's, not another court's, not
 * older ones, no family records, no triage. A coordinator sees every court's. Every look
 * at a contact is audited, refusals too.
 */
@IntegrationTest
class ContactIsolationTest {

	/** The Sample family (demo): a family on record, which a volunteer may not see. */
	private static final String FAMILY = "fa000000-0000-4000-8000-000000000001";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CourtDeskContactData data;

	@Autowired
	CourtVolunteers volunteers;

	@Autowired
	RotaTestData rota;

	RotaTestData.Staff staff;

	UserAdministration.NewUser volunteer;

	UUID mine;

	String mineReference;

	UUID agreed;

	@BeforeEach
	void aVolunteerRecordsTwoContactsAtReading() throws Exception {
		staff = rota.staff();
		volunteer = data.volunteer(Courts.READING);
		mvc.perform(CourtDeskContactData.send(CourtDeskContactData.anonymous(UUID.randomUUID()), data.as(volunteer)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(CourtDeskContactData.send(data.agreed(UUID.randomUUID(), "Isolated", "Slough"), data.as(volunteer)))
			.andExpect(status().is3xxRedirection());
		mine = jdbc.sql("select id from court_desk_contact where recorded_by = :v and not agrees_to_contact")
			.param("v", volunteer.account().id())
			.query(UUID.class)
			.single();
		mineReference = jdbc.sql("select reference from court_desk_contact where id = :id")
			.param("id", mine)
			.query(String.class)
			.single();
		agreed = jdbc.sql("select id from court_desk_contact where recorded_by = :v and agrees_to_contact")
			.param("v", volunteer.account().id())
			.query(UUID.class)
			.single();
	}

	@Test
	void aVolunteerSeesTheirOwnRecentContactsWithoutPersonalDataInTheList() throws Exception {
		var referral = jdbc.sql("select referral_reference from court_desk_contact where id = :id")
			.param("id", agreed)
			.query(String.class)
			.single();
		mvc.perform(get("/court-desk/contacts").with(data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/court-desk/contacts/" + mine)))
			.andExpect(content().string(containsString("/court-desk/contacts/" + agreed)))
			.andExpect(content().string(containsString("Yes, " + referral)))
			.andExpect(content().string(not(containsString("Isolated"))))
			.andExpect(content().string(not(containsString("Marnie"))));
		mvc.perform(get("/court-desk/contacts/" + agreed).with(data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marnie Isolated")))
			.andExpect(content().string(containsString("Slough")))
			.andExpect(content().string(containsString(ContactRecording.PURPOSE)));
		mvc.perform(get("/court-desk/contacts/" + mine).with(data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mineReference)))
			.andExpect(content().string(containsString("Immediate custody")))
			.andExpect(content().string(not(containsString("Who to contact"))));
		assertThat(audited(mine, "ALLOWED")).isOne();
	}

	@Test
	void anotherVolunteerAtTheSameCourtSeesNone() throws Exception {
		var other = data.volunteer(Courts.READING);
		mvc.perform(get("/court-desk/contacts").with(data.as(other)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(mine.toString()))))
			.andExpect(content().string(not(containsString(agreed.toString()))));
		mvc.perform(get("/court-desk/contacts/" + mine).with(data.as(other))).andExpect(status().isForbidden());
		mvc.perform(get("/court-desk/contacts/" + agreed).with(data.as(other))).andExpect(status().isForbidden());
		mvc.perform(get("/court-desk/contacts/" + mine + "/recorded").with(data.as(other)))
			.andExpect(status().isNotFound());
		assertThat(audited(mine, "REFUSED")).isOne();
	}

	@Test
	void afterMovingToAnotherCourtTheVolunteerNoLongerSeesReadingsContacts() throws Exception {
		volunteers.assign(volunteer.account().id(), Courts.OXFORD, null);
		mvc.perform(get("/court-desk/contacts").with(data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Oxford Crown Court")))
			.andExpect(content().string(not(containsString(mine.toString()))));
		mvc.perform(get("/court-desk/contacts/" + mine).with(data.as(volunteer))).andExpect(status().isForbidden());
		mvc.perform(get("/court-desk/contacts/" + agreed).with(data.as(volunteer))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("""
				select basis_reference from audit_event
				where action = 'COURT_DESK_CONTACT_VIEWED' and record_id = :id and outcome = 'REFUSED'
				""").param("id", mine.toString()).query(String.class).single()).isEqualTo("VOLUNTEER:OTHER_COURT");
	}

	@Test
	void contactsOlderThan14DaysAreNotShown() throws Exception {
		jdbc.sql("update court_desk_contact set occurred_at = :old where id = :id")
			.param("old", java.sql.Timestamp.from(Instant.now().minus(15, ChronoUnit.DAYS)))
			.param("id", mine)
			.update();
		mvc.perform(get("/court-desk/contacts").with(data.as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(mine.toString()))))
			.andExpect(content().string(containsString(agreed.toString())));
		mvc.perform(get("/court-desk/contacts/" + mine).with(data.as(volunteer))).andExpect(status().isForbidden());
	}

	@Test
	void aVolunteerSeesNoFamilyRecordsAndNoTriage() throws Exception {
		for (var path : new String[] { "/families", "/families/" + FAMILY, "/referrals/triage", "/referrals/new" }) {
			mvc.perform(get(path).with(data.as(volunteer))).andExpect(status().isForbidden());
		}
		var referral = jdbc.sql("select referral_id from court_desk_contact where id = :id")
			.param("id", agreed)
			.query(UUID.class)
			.single();
		mvc.perform(get("/referrals/" + referral).with(data.as(volunteer))).andExpect(status().isForbidden());
	}

	@Test
	void aCoordinatorSeesEveryCourtsContactsAndOthersNone() throws Exception {
		mvc.perform(get("/court-desk/contacts").param("court", Courts.READING.toString())
			.with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reading Crown Court")));
		mvc.perform(get("/court-desk/contacts/" + agreed).with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Marnie Isolated")));
		mvc.perform(get("/court-desk/contacts").param("court", Courts.OXFORD.toString())
			.with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(agreed.toString()))));
		for (var role : new Role[] { Role.SUPPORT_WORKER, Role.MANAGER, Role.ADMINISTRATOR,
				Role.AGENCY_PRACTITIONER }) {
			mvc.perform(get("/court-desk/contacts").with(staff.as(role))).andExpect(status().isForbidden());
			mvc.perform(get("/court-desk/contacts/" + agreed).with(staff.as(role))).andExpect(status().isForbidden());
			mvc.perform(get("/court-desk/contacts/new").with(staff.as(role))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/court-desk/contacts/new").with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isForbidden());
	}

	private long audited(UUID contact, String outcome) {
		return jdbc.sql("""
				select count(*) from audit_event
				where action = 'COURT_DESK_CONTACT_VIEWED' and record_id = :id and outcome = :outcome
				""").param("id", contact.toString()).param("outcome", outcome).query(Long.class).single();
	}

}
