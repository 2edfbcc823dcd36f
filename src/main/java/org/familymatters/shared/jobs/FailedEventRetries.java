package org.familymatters.shared.jobs;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Work done after a commit by a listener of a module's event (an email, for example) is
 * never lost: the event is kept in the {@code event_publication} table until its listener
 * has done it. A publication whose listener failed (the mail server was down) is tried
 * again here, every {@code familymatters.events.retry-interval}; outstanding ones are
 * also published again when the service starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class FailedEventRetries {

	/** A failure is left this long before it is tried again. */
	static final Duration MIN_AGE = Duration.ofSeconds(30);

	private final FailedEventPublications failed;

	FailedEventRetries(FailedEventPublications failed) {
		this.failed = failed;
	}

	@Scheduled(fixedDelayString = "${familymatters.events.retry-interval:PT1M}",
			initialDelayString = "${familymatters.events.retry-interval:PT1M}")
	@SchedulerLock(name = "failed-event-retries", lockAtMostFor = "PT10M")
	void retry() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(MIN_AGE));
	}

}
