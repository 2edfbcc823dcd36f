package org.familymatters.privacy.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data protection officer's entry in the service navigation. */
@Configuration(proxyBeanMethods = false)
class PrivacyNavigation {

	@Bean
	NavigationEntry dataRequestsEntry() {
		return new NavigationEntry("Data requests", "/privacy/requests",
				Set.of(Role.DATA_PROTECTION_OFFICER.authority()), 950);
	}

}
