package org.familymatters.prison.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The prisons' family services in the administrators' navigation. */
@Configuration(proxyBeanMethods = false)
class PrisonNavigation {

	@Bean
	NavigationEntry prisonsEntry() {
		return new NavigationEntry("Prisons", "/admin/prisons", Set.of(Role.ADMINISTRATOR.authority()), 917);
	}

}
