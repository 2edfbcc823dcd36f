package org.familymatters.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two days before a session, everyone with a place is reminded of it by e-mail, once: on
 * the cron of {@code familymatters.training.reminders.cron} (hourly by default; {@code -}
 * turns it off), on one instance at a time (ShedLock). It marks each booking due a
 * reminder ({@code reminder_queued_at}) and publishes a {@link BookingMailDue} in the
 * same transaction; {@link BookingMail} sends the e-mail after the commit. Not for a
 * session cancelled or started, nor for a place taken within the two days (its joining
 * instructions came with it): {@link BookingRules#reminderDue}.
 */
@Service
public class BookingReminders {

	private static final Logger log = LoggerFactory.getLogger(BookingReminders.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	BookingReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${familymatters.training.reminders.cron:0 15 * * * *}", zone = "Europe/London")
	@SchedulerLock(name = "training-booking-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void remindOfSessionsSoon() {
		remindAt(clock.instant());
	}

	/**
	 * Queues a reminder for every place on a session that starts within two days of
	 * {@code now} and had none yet: marks the bookings and publishes one
	 * {@link BookingMailDue} for each, in one transaction.
	 * @return the bookings reminded
	 */
	public List<UUID> remindAt(Instant now) {
		var before = BookingRules.REMINDER_BEFORE.toSeconds();
		var queued = transaction.execute(status -> {
			var due = jdbc.sql("""
					update training_booking b set reminder_queued_at = :now
					from training_session s
					where s.id = b.session_id and b.status = 'BOOKED' and b.reminder_queued_at is null
					  and s.cancelled_at is null and s.starts_at > :now
					  and s.starts_at - make_interval(secs => :before) <= :now
					  and b.booked_at < s.starts_at - make_interval(secs => :before)
					returning b.id
					""").param("now", Timestamp.from(now)).param("before", before).query(UUID.class).list();
			due.forEach(id -> events.publishEvent(new BookingMailDue(id, BookingMailDue.Kind.REMINDER)));
			return due;
		});
		log.info("Training reminders at {}: {} queued", now, queued.size());
		return queued;
	}

}
