package org.familymatters.consent.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, fills in the locality of requests to share without consent that were asked
 * before requests kept it (V35), from the family module: a designated safeguarding lead
 * sees the requests of their own localities. Does nothing once every request has one.
 */
@Component
@Order(40)
class SafeguardingLocalitiesFilled implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SafeguardingLocalitiesFilled.class);

	private final SafeguardingRequests requests;

	SafeguardingLocalitiesFilled(SafeguardingRequests requests) {
		this.requests = requests;
	}

	@Override
	public void run(ApplicationArguments args) {
		int filled = requests.fillInLocalities();
		if (filled > 0) {
			log.info("Filled in the locality of {} requests to share without consent", filled);
		}
	}

}
