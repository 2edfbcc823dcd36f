package org.familymatters.courtdesk.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The court desk statistics' entry in the service navigation. */
@Configuration(proxyBeanMethods = false)
class CourtDeskStatisticsNavigation {

	@Bean
	NavigationEntry courtDeskStatisticsEntry() {
		return new NavigationEntry("Court desk statistics", "/court-desk/statistics",
				Set.of(Role.COURT_DESK_COORDINATOR.authority(), Role.MANAGER.authority()), 180);
	}

}
