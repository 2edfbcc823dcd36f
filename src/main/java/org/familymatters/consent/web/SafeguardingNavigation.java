package org.familymatters.consent.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sharing without consent in the service navigation: the leads' queue, and the
 * practitioners' request.
 */
@Configuration(proxyBeanMethods = false)
class SafeguardingNavigation {

	@Bean
	NavigationEntry safeguardingRequestsEntry() {
		return new NavigationEntry("Safeguarding requests", "/safeguarding/requests",
				Set.of(Role.SAFEGUARDING_LEAD.authority()), 300);
	}

	@Bean
	NavigationEntry shareWithoutConsentEntry() {
		return new NavigationEntry("Share without consent", "/safeguarding/requests/new",
				Set.of(Role.AGENCY_PRACTITIONER.authority()), 310);
	}

}
