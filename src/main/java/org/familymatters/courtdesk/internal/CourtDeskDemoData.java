package org.familymatters.courtdesk.internal;

import java.time.Clock;
import java.time.LocalDate;
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
 * Demo mode: the demo volunteer works at Reading Crown Court, and Reading has a morning
 * session on each of the next five weekdays, so that the rota and the contact form can be
 * tried, and has a background check valid for a year. Added once.
 */
@Component
@Order(30)
class CourtDeskDemoData implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final DemoMode demoMode;

	private final Clock clock;

	CourtDeskDemoData(JdbcClient jdbc, DemoMode demoMode, Clock clock) {
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
		var volunteer = jdbc.sql("select id from identity_user where username = 'demo-volunteer'")
			.query(UUID.class)
			.optional();
		volunteer.ifPresent(this::backgroundCheck);
		if (volunteer.isEmpty() || jdbc.sql("select count(*) from court_volunteer where user_id = :user")
			.param("user", volunteer.get())
			.query(Long.class)
			.single() > 0) {
			return;
		}
		jdbc.sql("insert into court_volunteer (user_id, court_id) values (:user, :court)")
			.param("user", volunteer.get())
			.param("court", Courts.READING)
			.update();
		var day = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
		int added = 0;
		while (added < 5) {
			day = day.plusDays(1);
			if (day.getDayOfWeek().getValue() >= 6) {
				continue;
			}
			jdbc.sql(
					"""
							insert into court_desk_session (id, court_id, session_date, starts_at, ends_at, volunteers_needed, notes)
							values (:id, :court, :day, time '09:30', time '13:00', 2, 'Demo session')
							""")
				.param("id", UUID.randomUUID())
				.param("court", Courts.READING)
				.param("day", day)
				.update();
			added++;
		}
	}

	/**
	 * The demo volunteer's background check, done today and valid for a year (issue 16,
	 * volunteers' readiness), when they have no check valid today; the induction is the
	 * training module's demo data.
	 */
	private void backgroundCheck(UUID volunteer) {
		var today = LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
		var valid = jdbc.sql("select count(*) from volunteer_check where volunteer_id = :user and expires_on >= :today")
			.param("user", volunteer)
			.param("today", today)
			.query(Long.class)
			.single() > 0;
		if (!valid) {
			jdbc.sql("""
					insert into volunteer_check (id, volunteer_id, checked_on, expires_on, reference)
					values (:id, :user, :today, :expires, 'DEMO-0001')
					""")
				.param("id", UUID.randomUUID())
				.param("user", volunteer)
				.param("today", today)
				.param("expires", today.plusYears(1))
				.update();
		}
	}

}
