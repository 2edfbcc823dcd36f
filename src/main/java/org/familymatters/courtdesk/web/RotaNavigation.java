package org.familymatters.courtdesk.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rota's entries in the service navigation: shifts, the rota, and the courts. */
@Configuration(proxyBeanMethods = false)
class RotaNavigation {

	@Bean
	NavigationEntry shiftsEntry() {
		return new NavigationEntry("Shifts", "/court-desk/shifts", Set.of(Role.VOLUNTEER.authority()), 170);
	}

	@Bean
	NavigationEntry rotaEntry() {
		return new NavigationEntry("Rota", "/court-desk/rota", Set.of(Role.COURT_DESK_COORDINATOR.authority()), 170);
	}

	@Bean
	NavigationEntry courtsEntry() {
		return new NavigationEntry("Courts", "/admin/courts", Set.of(Role.ADMINISTRATOR.authority()), 915);
	}

}
