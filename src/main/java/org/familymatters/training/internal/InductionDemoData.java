package org.familymatters.training.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.UUID;

import org.familymatters.shared.DemoMode;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode: the demo volunteer has had their court desk induction, so that they are
 * ready for shifts (with the background check the court desks' demo data records). A
 * course of kind INDUCTION, a session of it 30 days ago run by the demo training
 * coordinator, and the demo volunteer's booking on it marked attended. Added once:
 * nothing is added when the demo volunteer has an attended induction already.
 */
@Component
@Order(35)
class InductionDemoData implements ApplicationRunner {

	/** The demo induction course's title. */
	static final String TITLE = "Court desk volunteers' induction";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Clock clock;

	InductionDemoData(JdbcClient jdbc, DemoMode demoMode, Clock clock) {
		this.jdbc = jdbc;
		this.demoMode = demoMode;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			return;
		}
		var volunteer = user("demo-volunteer");
		var trainer = user("demo-trainer");
		if (volunteer == null || trainer == null || inducted(volunteer)) {
			return;
		}
		var course = jdbc.sql("select id from training_course where kind = 'INDUCTION' and title = :title")
			.param("title", TITLE)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst()
			.orElseGet(() -> course(trainer));
		var day = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE).minusDays(30);
		var session = UUID.randomUUID();
		jdbc.sql("""
				insert into training_session (id, course_id, starts_at, ends_at, venue, address, capacity, created_by)
				values (:id, :course, :starts, :ends, 'Reading Crown Court, volunteers'' room', 'Reading', 12, :by)
				""")
			.param("id", session)
			.param("course", course)
			.param("starts", at(day, LocalTime.of(10, 0)).toOffsetDateTime())
			.param("ends", at(day, LocalTime.of(13, 0)).toOffsetDateTime())
			.param("by", trainer)
			.update();
		jdbc.sql("insert into training_session_trainer (session_id, user_id) values (:session, :trainer)")
			.param("session", session)
			.param("trainer", trainer)
			.update();
		var secret = new byte[32];
		RANDOM.nextBytes(secret);
		jdbc.sql(
				"""
						insert into training_booking (id, session_id, name, email, organisation, sector, role, seniority, user_id,
						                              status, token_hash, attended_at, attendance_marked_by)
						select :id, :session, u.display_name, coalesce(lower(u.email), 'demo-volunteer@example.org'),
						       'Family Matters', 'VOLUNTARY', 'VOLUNTEER', 'FRONT_LINE', u.id, 'BOOKED', :hash, :attended, :trainer
						from identity_user u where u.id = :volunteer
						""")
			.param("id", UUID.randomUUID())
			.param("session", session)
			.param("hash", HexFormat.of().formatHex(secret))
			.param("attended", at(day, LocalTime.of(10, 5)).toOffsetDateTime())
			.param("trainer", trainer)
			.param("volunteer", volunteer)
			.update();
	}

	private UUID course(UUID trainer) {
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into training_course (id, kind, title, audience, outcomes, created_by)
						values (:id, 'INDUCTION', :title, 'New court desk volunteers',
						        'Know how to meet families at the point of sentence, what to record, and where to refer them', :by)
						""")
			.param("id", id)
			.param("title", TITLE)
			.param("by", trainer)
			.update();
		return id;
	}

	private boolean inducted(UUID volunteer) {
		return jdbc.sql("""
				select count(*) from training_booking b
				join training_session s on s.id = b.session_id
				join training_course c on c.id = s.course_id
				where b.user_id = :user and b.status = 'BOOKED' and b.attended_at is not null and c.kind = 'INDUCTION'
				""").param("user", volunteer).query(Long.class).single() > 0;
	}

	private UUID user(String username) {
		return jdbc.sql("select id from identity_user where username = :username")
			.param("username", username)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

	private static ZonedDateTime at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(ServiceTime.ZONE);
	}

}
