package org.familymatters.courtdesk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.shared.mail.RepeatableMail;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails a volunteer the reminder of their shift tomorrow, when a
 * {@link ShiftReminderDue} arrives (after the job's commit, in a transaction of its own).
 * <p>
 * Idempotent: the shift row is locked while the e-mail is sent, and marked sent
 * ({@code reminder_sent_at}) in the same transaction; an event delivered again for a
 * shift already reminded sends nothing. A failed send throws, so the transaction rolls
 * back and the event publication registry tries again later (ADR 0010). Nothing is sent
 * for a shift dropped, a session cancelled or started meanwhile, or a volunteer without
 * an address now.
 */
@Component
class ShiftReminderMail {

	private static final Logger log = LoggerFactory.getLogger(ShiftReminderMail.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final Clock clock;

	private final String from;

	private final PublicAddress publicAddress;

	ShiftReminderMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, Clock clock,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from, PublicAddress publicAddress) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.clock = clock;
		this.from = from;
		this.publicAddress = publicAddress;
	}

	@ApplicationModuleListener(id = "courtdesk.shift-reminder-mail")
	void send(ShiftReminderDue due) {
		var shift = jdbc.sql("""
				select sh.reminder_sent_at is not null as sent, s.session_date, s.starts_at, s.ends_at,
				       s.cancelled_at is not null as cancelled, c.name as court_name, c.address,
				       u.email, u.display_name, u.enabled
				from court_desk_shift sh
				join court_desk_session s on s.id = sh.session_id
				join court c on c.id = s.court_id
				join identity_user u on u.id = sh.volunteer_id
				where sh.session_id = :session and sh.volunteer_id = :volunteer
				for update of sh
				""")
			.param("session", due.sessionId())
			.param("volunteer", due.volunteerId())
			.query((rs, n) -> new Shift(rs.getBoolean("sent"), rs.getObject("session_date", LocalDate.class),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
					rs.getBoolean("cancelled"), rs.getString("court_name"), rs.getString("address"),
					rs.getString("email"), rs.getString("display_name"), rs.getBoolean("enabled")))
			.optional();
		if (shift.isEmpty() || shift.get().sent()) {
			return;
		}
		var s = shift.get();
		var now = LocalDateTime.ofInstant(clock.instant(), ServiceTime.ZONE);
		if (s.cancelled() || !s.day().atTime(s.startsAt()).isAfter(now) || !s.enabled() || s.email() == null
				|| s.email().isBlank()) {
			log.info("Court desk session {}: no reminder for volunteer {}, the shift is no longer due one",
					due.sessionId(), due.volunteerId());
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured: the reminder waits until there is one");
		}
		// A failure here rolls the transaction back; the registry tries the event again.
		RepeatableMail.send(sender, message(s), "court-desk-shift-" + due.sessionId() + "-" + due.volunteerId());
		jdbc.sql("""
				update court_desk_shift set reminder_sent_at = :now
				where session_id = :session and volunteer_id = :volunteer
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("session", due.sessionId())
			.param("volunteer", due.volunteerId())
			.update();
	}

	private SimpleMailMessage message(Shift shift) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(shift.email());
		message
			.setSubject("Your court desk shift tomorrow: " + shift.courtName() + ", " + TIME.format(shift.startsAt()));
		var text = new StringBuilder();
		text.append("Hello ").append(shift.displayName()).append(",\n\n");
		text.append("This is a reminder of your court desk shift tomorrow.\n\n");
		text.append("Court: ").append(shift.courtName()).append("\n");
		if (shift.address() != null && !shift.address().isBlank()) {
			text.append("Address: ").append(shift.address()).append("\n");
		}
		text.append("Day: ").append(DAY.format(shift.day())).append("\n");
		text.append("Time: ")
			.append(TIME.format(shift.startsAt()))
			.append(" to ")
			.append(TIME.format(shift.endsAt()))
			.append("\n\n");
		text.append("If you cannot come, drop the shift at ")
			.append(publicAddress.link("/court-desk/shifts"))
			.append(" so that your coordinator sees the gap.\n\nFamily Matters\n");
		message.setText(text.toString());
		return message;
	}

	/** The shift as the reminder needs it, locked until the reminder is marked sent. */
	private record Shift(boolean sent, LocalDate day, LocalTime startsAt, LocalTime endsAt, boolean cancelled,
			String courtName, String address, String email, String displayName, boolean enabled) {
	}

}
