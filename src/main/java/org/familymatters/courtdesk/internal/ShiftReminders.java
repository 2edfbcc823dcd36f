package org.familymatters.courtdesk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familymatters.shared.time.ServiceTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day before a shift, the volunteer is reminded of it by e-mail: once per shift, only
 * for sessions still on, only to volunteers with an e-mail address on record. The job
 * runs on the cron of {@code familymatters.courtdesk.reminders.cron} (hourly by default;
 * {@code -} turns it off), on one instance at a time (ShedLock). It marks each shift due
 * a reminder and publishes a {@link ShiftReminderDue} in the same transaction;
 * {@link ShiftReminderMail} sends the e-mail after the commit, and the event publication
 * registry keeps the event until it is sent, trying a failed send again (ADR 0010).
 */
@Service
public class ShiftReminders {

	private static final Logger log = LoggerFactory.getLogger(ShiftReminders.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<JavaMailSender> senders;

	private final Clock clock;

	private final TransactionTemplate transaction;

	ShiftReminders(JdbcClient jdbc, ApplicationEventPublisher events, ObjectProvider<JavaMailSender> senders,
			Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.senders = senders;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${familymatters.courtdesk.reminders.cron:0 0 * * * *}", zone = "Europe/London")
	@SchedulerLock(name = "court-desk-shift-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void remindOfTomorrow() {
		remindFor(LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE).plusDays(1));
	}

	/**
	 * Queues a reminder for every shift on a day that has none yet: marks the shifts and
	 * publishes one {@link ShiftReminderDue} for each, in one transaction. Without an
	 * SMTP server nothing is queued, so the shifts are reminded when there is one.
	 */
	public Run remindFor(LocalDate day) {
		if (senders.getIfAvailable() == null) {
			log.warn("No SMTP server is configured: court desk shift reminders for {} are not sent", day);
			return new Run(List.of());
		}
		var queued = transaction.execute(status -> {
			var due = jdbc.sql("""
					update court_desk_shift sh set reminder_queued_at = :now
					from court_desk_session s, identity_user u
					where s.id = sh.session_id and u.id = sh.volunteer_id
					  and s.session_date = :day and s.cancelled_at is null
					  and sh.reminder_queued_at is null and sh.reminder_sent_at is null
					  and u.enabled and u.email is not null and btrim(u.email) <> ''
					returning sh.session_id, sh.volunteer_id
					""")
				.param("now", Timestamp.from(clock.instant()))
				.param("day", day)
				.query((rs, n) -> new ShiftReminderDue(rs.getObject("session_id", UUID.class),
						rs.getObject("volunteer_id", UUID.class)))
				.list();
			due.forEach(events::publishEvent);
			return due;
		});
		log.info("Court desk shift reminders for {}: {} queued", day, queued.size());
		return new Run(queued);
	}

	/** What a run did: the reminders it queued, each to be e-mailed after the commit. */
	public record Run(List<ShiftReminderDue> queued) {

		public Run {
			queued = List.copyOf(queued);
		}

	}

}
