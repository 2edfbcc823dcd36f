package org.familymatters.courtdesk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.CredentialsRevoked;
import org.familymatters.shared.security.Secrets;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's private calendar feed of their shifts. The link's secret is 32 random
 * bytes; only its SHA-256 is kept, so the link is shown once, when made. A new link
 * replaces the old one; stopping the link deletes it, and so does a reset of the
 * volunteer's password or their being disabled ({@link CredentialsRevoked}); a disabled
 * volunteer's link answers nothing even before that. Times are written in UTC, so no
 * timezone definitions are needed.
 */
@Service
public class CalendarFeeds {

	/**
	 * How far back the feed goes, so that yesterday's shift does not vanish from the
	 * calendar.
	 */
	static final int DAYS_BACK = 30;

	private static final String RECORD = "court_desk_calendar";

	private final JdbcClient jdbc;

	private final Rota rota;

	private final AuditTrail audit;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Rota rota, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.rota = rota;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes a new secret link for the volunteer, replacing any earlier one; returns the
	 * secret.
	 */
	@Transactional
	public String create(UUID volunteerId) {
		var secret = Secrets.newSecret();
		jdbc.sql("""
				insert into court_desk_calendar (volunteer_id, token_hash) values (:volunteer, :hash)
				on conflict (volunteer_id) do update set token_hash = excluded.token_hash, created_at = now(),
				    last_read_at = null
				""").param("volunteer", volunteerId).param("hash", Secrets.hash(secret)).update();
		audit.record(AuditEntry.allowed(CourtDeskAudit.COURT_DESK_CALENDAR_CREATED, RECORD, volunteerId, Basis.SELF,
				"VOLUNTEER"));
		return secret;
	}

	/**
	 * Stops the link of a user whose credentials identity took back (a password reset, a
	 * disable), after that commit. Idempotent: a link already gone is left gone.
	 */
	@ApplicationModuleListener(id = "courtdesk.calendar-links-of-revoked-credentials")
	void credentialsRevoked(CredentialsRevoked revoked) {
		int removed = jdbc.sql("delete from court_desk_calendar where volunteer_id = :volunteer")
			.param("volunteer", revoked.userId())
			.update();
		if (removed > 0) {
			audit.record(AuditEntry.allowed(CourtDeskAudit.COURT_DESK_CALENDAR_REVOKED, RECORD, revoked.userId(),
					Basis.SYSTEM, revoked.why()));
		}
	}

	/** Stops the volunteer's link; says whether there was one. */
	@Transactional
	public boolean revoke(UUID volunteerId) {
		int removed = jdbc.sql("delete from court_desk_calendar where volunteer_id = :volunteer")
			.param("volunteer", volunteerId)
			.update();
		if (removed > 0) {
			audit.record(AuditEntry.allowed(CourtDeskAudit.COURT_DESK_CALENDAR_REVOKED, RECORD, volunteerId, Basis.SELF,
					"VOLUNTEER"));
		}
		return removed > 0;
	}

	@Transactional(readOnly = true)
	public boolean exists(UUID volunteerId) {
		return jdbc.sql("select count(*) from court_desk_calendar where volunteer_id = :volunteer")
			.param("volunteer", volunteerId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The iCalendar text for a secret, or empty when no link has it (unknown or stopped).
	 */
	@Transactional
	public Optional<String> feed(String secret) {
		if (secret == null || secret.length() < 40 || secret.length() > 60) {
			return Optional.empty();
		}
		var volunteer = jdbc.sql("""
				update court_desk_calendar c set last_read_at = now()
				from identity_user u
				where c.token_hash = :hash and u.id = c.volunteer_id and u.enabled
				returning c.volunteer_id
				""").param("hash", Secrets.hash(secret)).query(UUID.class).optional();
		return volunteer.map(this::calendar);
	}

	private String calendar(UUID volunteerId) {
		var sessions = rota.load(jdbc.sql(Rota.SELECT + """
				join court_desk_shift mine on mine.session_id = s.id and mine.volunteer_id = :volunteer
				where s.session_date >= :from
				order by s.session_date, s.starts_at
				""")
			.param("volunteer", volunteerId)
			.param("from", LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE).minusDays(DAYS_BACK)));
		var calendar = new Calendar().withProdId("-//Family Matters//Court desk rota//EN")
			.withDefaults()
			.getFluentTarget();
		calendar.add(new XProperty("X-WR-CALNAME", "Court desk shifts"));
		for (var session : sessions) {
			var start = session.date().atTime(session.startsAt()).atZone(ServiceTime.ZONE).toInstant();
			var end = session.date().atTime(session.endsAt()).atZone(ServiceTime.ZONE).toInstant();
			VEvent event = new VEvent(start, end, "Court desk: " + session.courtName());
			event.add(new Uid("court-desk-session-" + session.id() + "@family-matters"));
			event.add(new Location((session.courtAddress() == null || session.courtAddress().isBlank())
					? session.courtName() : session.courtName() + ", " + session.courtAddress()));
			if (session.notes() != null) {
				event.add(new Description(session.notes()));
			}
			event.add(new Status(session.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
			calendar.add(event);
		}
		return calendar.toString();
	}

}
