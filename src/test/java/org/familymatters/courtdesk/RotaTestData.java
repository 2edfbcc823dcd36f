package org.familymatters.courtdesk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.familymatters.training.TrainingFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Volunteers at a court and sessions on the rota, made fresh for each test. */
@Component
public class RotaTestData {

	/**
	 * The volunteer the role matrix opens the readiness page of: one with a fixed id,
	 * made once (a copy of the demo volunteer's account).
	 */
	public static final String ROLE_MATRIX_VOLUNTEER = "c7000000-0000-4000-8000-000000000601";

	private final TestUsers users;

	private final CourtVolunteers volunteers;

	private final JdbcClient jdbc;

	private final TrainingFixtures training;

	RotaTestData(TestUsers users, CourtVolunteers volunteers, JdbcClient jdbc, TrainingFixtures training) {
		this.users = users;
		this.volunteers = volunteers;
		this.jdbc = jdbc;
		this.training = training;
	}

	public static LocalDate today() {
		return LocalDate.now(ServiceTime.ZONE);
	}

	/**
	 * A new volunteer who works at the court (none when court is null), as if signed in
	 * already, ready for shifts (an induction attended, a background check valid for a
	 * year).
	 */
	public StaffPrincipal volunteerAt(UUID court) {
		return volunteerAt(court, null);
	}

	/**
	 * A new volunteer at the court, with this e-mail address on record (or none), ready
	 * for shifts.
	 */
	public StaffPrincipal volunteerAt(UUID court, String email) {
		var volunteer = unreadyVolunteerAt(court, email);
		ready(volunteer.id());
		return volunteer;
	}

	/**
	 * A volunteer ready for shifts: an attended induction and a background check done
	 * today, valid for a year.
	 */
	public void ready(UUID volunteer) {
		training.inductionAttended(volunteer);
		check(volunteer, today(), today().plusYears(1));
	}

	/** A background check of the volunteer, written straight to the table. */
	public void check(UUID volunteer, LocalDate checkedOn, LocalDate expiresOn) {
		jdbc.sql("""
				insert into volunteer_check (id, volunteer_id, checked_on, expires_on, reference)
				values (:id, :volunteer, :checked, :expires, 'TEST')
				""")
			.param("id", UUID.randomUUID())
			.param("volunteer", volunteer)
			.param("checked", checkedOn)
			.param("expires", expiresOn)
			.update();
	}

	/** Makes {@link #ROLE_MATRIX_VOLUNTEER}, once. */
	public void roleMatrixVolunteer() {
		jdbc.sql(
				"""
						insert into user_account (id, username, display_name, organisation_id, password_hash)
						select cast(:id as uuid), 'role-matrix-volunteer', 'Role matrix volunteer', organisation_id, password_hash
						from user_account where username = 'demo-volunteer'
						on conflict do nothing
						""")
			.param("id", ROLE_MATRIX_VOLUNTEER)
			.update();
		jdbc.sql(
				"""
						insert into user_role (user_id, role)
						select cast(:id as uuid), 'VOLUNTEER' where exists (select 1 from user_account where id = cast(:id as uuid))
						on conflict do nothing
						""")
			.param("id", ROLE_MATRIX_VOLUNTEER)
			.update();
	}

	/**
	 * A new volunteer at the court (none when null), as if signed in already, with no
	 * induction and no background check: not ready for shifts.
	 */
	public StaffPrincipal unreadyVolunteerAt(UUID court, String email) {
		var created = users.create(Role.VOLUNTEER);
		var principal = users.principal(created.account().username()).withPasswordChanged();
		jdbc.sql("update user_account set must_change_password = false, email = :email where id = :id")
			.param("id", principal.id())
			.param("email", email)
			.update();
		if (court != null) {
			volunteers.assign(principal.id(), court, null);
		}
		return principal;
	}

	/** A new user holding a role, as if signed in already: no demo user. */
	public StaffPrincipal newUser(Role role) {
		var created = users.create(role);
		var principal = users.principal(created.account().username()).withPasswordChanged();
		jdbc.sql("update user_account set must_change_password = false where id = :id")
			.param("id", principal.id())
			.update();
		return principal;
	}

	/** Fresh users for one test, one of each role asked for. */
	public Staff staff() {
		return new Staff();
	}

	public static RequestPostProcessor as(StaffPrincipal principal) {
		return user(principal);
	}

	/** A session written straight to the database, so that it may be in the past. */
	public UUID session(UUID court, LocalDate day, LocalTime starts, LocalTime ends, int needed) {
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into court_desk_session (id, court_id, session_date, starts_at, ends_at, volunteers_needed, notes)
						values (:id, :court, :day, :starts, :ends, :needed, 'Test session')
						""")
			.param("id", id)
			.param("court", court)
			.param("day", day)
			.param("starts", starts)
			.param("ends", ends)
			.param("needed", needed)
			.update();
		return id;
	}

	/** A morning session some days from now. */
	public UUID sessionIn(UUID court, int days, int needed) {
		return session(court, today().plusDays(days), LocalTime.of(9, 30), LocalTime.of(13, 0), needed);
	}

	public void signUp(UUID session, UUID volunteer) {
		jdbc.sql("insert into court_desk_shift (session_id, volunteer_id) values (:session, :volunteer)")
			.param("session", session)
			.param("volunteer", volunteer)
			.update();
	}

	public void cancel(UUID session) {
		jdbc.sql("update court_desk_session set cancelled_at = now(), version = version + 1 where id = :id")
			.param("id", session)
			.update();
	}

	public boolean signedUp(UUID session, UUID volunteer) {
		return jdbc
			.sql("select count(*) from court_desk_shift where session_id = :session and volunteer_id = :volunteer")
			.param("session", session)
			.param("volunteer", volunteer)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The sessions with these notes: a test's own, when it gives them notes of its own.
	 */
	public long sessionsNoted(String notes) {
		return jdbc.sql("select count(*) from court_desk_session where notes = :notes")
			.param("notes", notes)
			.query(Long.class)
			.single();
	}

	public long audited(String action, Object recordId) {
		return jdbc.sql("select count(*) from audit_event where action = :action and record_id = :id")
			.param("action", action)
			.param("id", recordId.toString())
			.query(Long.class)
			.single();
	}

	/**
	 * The users of one test, made when first asked for: one new user of each role, signed
	 * in already.
	 */
	public final class Staff {

		private final Map<Role, StaffPrincipal> made = new EnumMap<>(Role.class);

		/** This test's user of a role. */
		public StaffPrincipal get(Role role) {
			return made.computeIfAbsent(role, RotaTestData.this::newUser);
		}

		/** Signs a MockMvc request in as this test's user of a role. */
		public RequestPostProcessor as(Role role) {
			return user(get(role));
		}

	}

}
