package org.familymatters.courtdesk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The day before a shift, the volunteer gets an e-mail reminding them of it: once per
 * shift, only for sessions still on, only to volunteers with an e-mail address on record.
 * The job runs on the cron of {@code familymatters.courtdesk.reminders.cron} (hourly by
 * default; {@code -} turns it off), on one instance at a time (ShedLock). A failed e-mail
 * is logged and tried again next run.
 */
@Service
public class ShiftReminders {

	private static final Logger log = LoggerFactory.getLogger(ShiftReminders.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final String from;

	private final String publicUrl;

	ShiftReminders(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from,
			@Value("${familymatters.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.from = from;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Scheduled(cron = "${familymatters.courtdesk.reminders.cron:0 0 * * * *}", zone = "Europe/London")
	@SchedulerLock(name = "court-desk-shift-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void remindOfTomorrow() {
		sendFor(Shifts.today().plusDays(1));
	}

	/** Reminds every volunteer of their shifts on a day, unless reminded already. */
	public Run sendFor(LocalDate day) {
		var due = jdbc.sql("""
				select sh.session_id, sh.volunteer_id, u.email, u.display_name, c.name as court_name, c.address,
				       s.starts_at, s.ends_at
				from court_desk_shift sh
				join court_desk_session s on s.id = sh.session_id
				join court c on c.id = s.court_id
				join user_account u on u.id = sh.volunteer_id
				where s.session_date = :day and s.cancelled_at is null and sh.reminder_sent_at is null
				  and u.enabled and u.email is not null and btrim(u.email) <> ''
				order by s.starts_at
				""")
			.param("day", day)
			.query((rs, n) -> new Due(rs.getObject("session_id", UUID.class), rs.getObject("volunteer_id", UUID.class),
					rs.getString("email"), rs.getString("display_name"), rs.getString("court_name"),
					rs.getString("address"), rs.getObject("starts_at", LocalTime.class),
					rs.getObject("ends_at", LocalTime.class)))
			.list();
		if (due.isEmpty()) {
			return new Run(0, 0);
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			log.warn("No SMTP server is configured: {} court desk shift reminders for {} were not sent", due.size(),
					day);
			return new Run(0, due.size());
		}
		int sent = 0;
		int failed = 0;
		for (var shift : due) {
			try {
				sender.send(message(shift, day));
			}
			catch (MailException | IllegalStateException ex) {
				log.warn("Could not e-mail the reminder of court desk session {} to volunteer {}: {}",
						shift.sessionId(), shift.volunteerId(), ex.getMessage());
				failed++;
				continue;
			}
			jdbc.sql("""
					update court_desk_shift set reminder_sent_at = now()
					where session_id = :session and volunteer_id = :volunteer and reminder_sent_at is null
					""").param("session", shift.sessionId()).param("volunteer", shift.volunteerId()).update();
			sent++;
		}
		log.info("Court desk shift reminders for {}: {} sent, {} failed", day, sent, failed);
		return new Run(sent, failed);
	}

	private SimpleMailMessage message(Due shift, LocalDate day) {
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
		text.append("Day: ").append(DAY.format(day)).append("\n");
		text.append("Time: ")
			.append(TIME.format(shift.startsAt()))
			.append(" to ")
			.append(TIME.format(shift.endsAt()))
			.append("\n\n");
		text.append("If you cannot come, drop the shift at ")
			.append(publicUrl)
			.append("/court-desk/shifts so that your coordinator sees the gap.\n\nFamily Matters\n");
		message.setText(text.toString());
		return message;
	}

	/** What a run did: reminders sent, and reminders that failed (to be tried again). */
	public record Run(int sent, int failed) {
	}

	private record Due(UUID sessionId, UUID volunteerId, String email, String displayName, String courtName,
			String address, LocalTime startsAt, LocalTime endsAt) {
	}

}
