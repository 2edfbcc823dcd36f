package org.familymatters.family.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The family module's entries in the service navigation. */
@Configuration(proxyBeanMethods = false)
class FamilyNavigation {

	@Bean
	NavigationEntry familiesEntry() {
		return new NavigationEntry("Families", "/families", Set.of(Role.SUPPORT_WORKER.authority()), 220);
	}

	@Bean
	NavigationEntry sharedFamiliesEntry() {
		return new NavigationEntry("Families shared with you", "/families/shared",
				Set.of(Role.AGENCY_PRACTITIONER.authority(), Role.SAFEGUARDING_LEAD.authority()), 215);
	}

	@Bean
	NavigationEntry mergesEntry() {
		return new NavigationEntry("Merges", "/admin/merges", Set.of(Role.ADMINISTRATOR.authority()), 930);
	}

}
