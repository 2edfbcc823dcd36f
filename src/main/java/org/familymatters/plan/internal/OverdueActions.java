package org.familymatters.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
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
 * Finds the open actions past their due date that no one was told of yet, on the cron of
 * {@code familymatters.plan.overdue.cron} (hourly by default; {@code -} turns it off), on
 * one instance at a time (ShedLock). It marks each ({@code overdue_notified_on}) and
 * publishes an {@link ActionOverdue} in the same transaction; {@link ActionMail} e-mails
 * the owners after the commit. A reassigned action, its mark cleared, is found again.
 */
@Service
public class OverdueActions {

	private static final Logger log = LoggerFactory.getLogger(OverdueActions.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	OverdueActions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${familymatters.plan.overdue.cron:0 30 * * * *}", zone = "Europe/London")
	@SchedulerLock(name = "plan-overdue-actions", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void findOverdue() {
		markOverdue();
	}

	/**
	 * Marks every open action whose due date is before today (by the service's clock) and
	 * was not marked yet, and publishes an {@link ActionOverdue} for each, in one
	 * transaction.
	 */
	public List<ActionOverdue> markOverdue() {
		var today = LocalDate.now(clock);
		var found = transaction.execute(status -> {
			var overdue = jdbc.sql("""
					update plan_action set overdue_notified_on = :today
					where status in ('not_started', 'in_progress') and overdue_notified_on is null and due_on < :today
					returning id, due_on
					""")
				.param("today", today)
				.query((rs, n) -> new ActionOverdue(rs.getObject("id", UUID.class),
						rs.getObject("due_on", LocalDate.class)))
				.list();
			overdue.forEach(events::publishEvent);
			return overdue;
		});
		log.info("Overdue actions on {}: {} found", today, found.size());
		return found;
	}

}
