package org.familymatters.plan.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outcomes report's and the need areas' entries in the service navigation. */
@Configuration(proxyBeanMethods = false)
class PlanNavigation {

	@Bean
	NavigationEntry outcomesEntry() {
		return new NavigationEntry("Outcomes", "/outcomes",
				Set.of(Role.MANAGER.authority(), Role.SUPPORT_WORKER.authority()), 230);
	}

	@Bean
	NavigationEntry needAreasEntry() {
		return new NavigationEntry("Need areas", "/admin/need-areas", Set.of(Role.ADMINISTRATOR.authority()), 925);
	}

}
