package org.familymatters.shared.jobs;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.familymatters.shared.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of every module run on one service instance at a time: each takes a
 * ShedLock lock ({@code @SchedulerLock}), kept in the {@code shedlock} table and counted
 * by the database's clock. While the database cannot be reached, a job that fails for it
 * logs one warning a minute, not a stack trace each run; any other failure is logged as
 * Spring does.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class Scheduling {

	private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			// Said, not asked: ShedLock would ask the database which it is the first time
			// a
			// job runs, and fail with a stack trace when that is during an outage.
			.withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
			.usingDbTime()
			.build());
	}

	@Bean
	ThreadPoolTaskSchedulerCustomizer quietWhileTheDatabaseIsDown(Clock clock) {
		var warnings = new DatabaseUnavailable.Warnings(Duration.ofMinutes(1));
		return scheduler -> scheduler.setErrorHandler(failure -> {
			if (!DatabaseUnavailable.causes(failure)) {
				log.error("A scheduled job failed", failure);
			}
			else if (warnings.due(clock.instant())) {
				log.warn("A scheduled job could not reach the database; it runs again on its schedule: {}",
						failure.getMessage());
			}
		});
	}

}
