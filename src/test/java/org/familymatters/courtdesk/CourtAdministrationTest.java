package org.familymatters.courtdesk;

import java.util.UUID;

import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators keep the courts (unique names, safe against stale edits, archived not
 * deleted); coordinators set each volunteer's court; nobody else reaches either.
 */
@IntegrationTest
class CourtAdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Courts courts;

	@Autowired
	CourtVolunteers volunteers;

	@Autowired
	RotaTestData data;

	@Autowired
	JdbcClient jdbc;

	RotaTestData.Staff staff;

	@BeforeEach
	void staff() {
		staff = data.staff();
	}

	/** The courts with this name, whatever its case or spaces around it. */
	private long courtsNamed(String name) {
		return jdbc.sql("select count(*) from court where lower(name) = lower(:name)")
			.param("name", name.strip())
			.query(Long.class)
			.single();
	}

	@Test
	void anAdministratorAddsACourt() throws Exception {
		var name = "High Wycombe Crown Court " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/courts/new").with(csrf())
			.with(staff.as(Role.ADMINISTRATOR))
			.param("name", name)
			.param("town", "High Wycombe")
			.param("address", "Easton Street")).andExpect(status().is3xxRedirection());
		var court = courts.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
		assertThat(court.town()).isEqualTo("High Wycombe");
		assertThat(court.address()).isEqualTo("Easton Street");
		assertThat(court.archived()).isFalse();
		assertThat(data.audited("COURT_ADDED", court.id())).isEqualTo(1);
		mvc.perform(get("/admin/courts").with(staff.as(Role.ADMINISTRATOR)))
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void aDuplicateNameIsRefusedWhateverItsCase() throws Exception {
		long before = courtsNamed("Reading Crown Court");
		mvc.perform(post("/admin/courts/new").with(csrf())
			.with(staff.as(Role.ADMINISTRATOR))
			.param("name", "  reading CROWN court ")
			.param("town", "Reading"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add a court")))
			.andExpect(content().string(containsString("There is already a court with that name")));
		assertThat(courtsNamed("Reading Crown Court")).isEqualTo(before);

		before = courtsNamed("");
		mvc.perform(post("/admin/courts/new").with(csrf())
			.with(staff.as(Role.ADMINISTRATOR))
			.param("name", "")
			.param("town", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the court&#39;s name")))
			.andExpect(content().string(containsString("Enter the town")));
		assertThat(courtsNamed("")).isEqualTo(before);
	}

	@Test
	void aStaleEditIsRefused() throws Exception {
		var court = courts.add("Stale Crown Court " + UUID.randomUUID(), "Newbury", null);
		// Someone else saves a change first.
		courts.change(court.id(), court.version(), court.name(), "Newbury, Berkshire", null);
		mvc.perform(post("/admin/courts/" + court.id() + "/edit").with(csrf())
			.with(staff.as(Role.ADMINISTRATOR))
			.param("name", court.name())
			.param("town", "Thatcham")
			.param("version", String.valueOf(court.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(courts.find(court.id()).orElseThrow().town()).isEqualTo("Newbury, Berkshire");
	}

	@Test
	void renamingToAnotherCourtsNameIsRefused() throws Exception {
		var court = courts.add("Renamed Crown Court " + UUID.randomUUID(), "Newbury", null);
		mvc.perform(post("/admin/courts/" + court.id() + "/edit").with(csrf())
			.with(staff.as(Role.ADMINISTRATOR))
			.param("name", "Oxford Crown Court")
			.param("town", "Newbury")
			.param("version", String.valueOf(court.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a court with that name")));
		assertThat(courts.find(court.id()).orElseThrow().name()).isEqualTo(court.name());
	}

	@Test
	void anArchivedCourtTakesNoNewVolunteersAndCanBeRestored() throws Exception {
		var court = courts.add("Archive Crown Court " + UUID.randomUUID(), "Banbury", null);
		mvc.perform(post("/admin/courts/" + court.id() + "/archive").with(csrf())
			.with(staff.as(Role.ADMINISTRATOR))
			.param("version", String.valueOf(court.version()))).andExpect(status().is3xxRedirection());
		var archived = courts.find(court.id()).orElseThrow();
		assertThat(archived.archived()).isTrue();
		assertThat(courts.active()).extracting(Court::id).doesNotContain(court.id());
		assertThat(data.audited("COURT_ARCHIVED", court.id())).isEqualTo(1);

		// A stale archive form (the old version) is refused.
		mvc.perform(post("/admin/courts/" + court.id() + "/restore").with(csrf())
			.with(staff.as(Role.ADMINISTRATOR))
			.param("version", String.valueOf(court.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(courts.find(court.id()).orElseThrow().archived()).isTrue();

		var volunteer = data.volunteerAt(null);
		mvc.perform(post("/court-desk/volunteers/" + volunteer.id()).with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("courtId", court.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("that one is not on record or is archived")));
		assertThat(volunteers.courtOf(volunteer.id())).isEmpty();

		mvc.perform(post("/admin/courts/" + court.id() + "/restore").with(csrf())
			.with(staff.as(Role.ADMINISTRATOR))
			.param("version", String.valueOf(archived.version()))).andExpect(status().is3xxRedirection());
		assertThat(courts.find(court.id()).orElseThrow().archived()).isFalse();
	}

	@Test
	void theCoordinatorSetsAVolunteersCourt() throws Exception {
		var volunteer = data.volunteerAt(null);
		mvc.perform(get("/court-desk/volunteers").with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(volunteer.displayName())))
			.andExpect(content().string(containsString("No court yet")));
		mvc.perform(post("/court-desk/volunteers/" + volunteer.id()).with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("courtId", Courts.OXFORD.toString())).andExpect(status().is3xxRedirection());
		assertThat(volunteers.courtOf(volunteer.id())).contains(Courts.OXFORD);
		assertThat(data.audited("COURT_VOLUNTEER_ASSIGNED", volunteer.id())).isEqualTo(1);

		mvc.perform(post("/court-desk/volunteers/" + volunteer.id()).with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("courtId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the court the volunteer works at")));
		assertThat(volunteers.courtOf(volunteer.id())).contains(Courts.OXFORD);

		// Someone who is not a volunteer has no court to set.
		var manager = staff.get(Role.MANAGER).id();
		mvc.perform(get("/court-desk/volunteers/" + manager).with(staff.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isNotFound());
	}

	@Test
	void eachRoleReachesOnlyItsOwnPages() throws Exception {
		var volunteer = data.volunteerAt(Courts.READING);
		for (var path : new String[] { "/court-desk/rota", "/court-desk/rota/new", "/court-desk/volunteers",
				"/admin/courts", "/admin/courts/new" }) {
			mvc.perform(get(path).with(RotaTestData.as(volunteer))).andExpect(status().isForbidden());
		}
		for (var path : new String[] { "/admin/courts", "/admin/courts/new",
				"/admin/courts/" + Courts.READING + "/edit", "/court-desk/shifts" }) {
			mvc.perform(get(path).with(staff.as(Role.COURT_DESK_COORDINATOR))).andExpect(status().isForbidden());
		}
		for (var path : new String[] { "/court-desk/rota", "/court-desk/volunteers", "/court-desk/shifts",
				"/admin/courts" }) {
			mvc.perform(get(path).with(staff.as(Role.MANAGER))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/court-desk/rota/new").with(csrf())
			.with(RotaTestData.as(volunteer))
			.param("courtId", Courts.READING.toString())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/courts/new").with(csrf())
			.with(staff.as(Role.COURT_DESK_COORDINATOR))
			.param("name", "Forbidden Crown Court")
			.param("town", "Nowhere")).andExpect(status().isForbidden());
		assertThat(courts.all()).extracting(Court::name).doesNotContain("Forbidden Crown Court");
	}

}
