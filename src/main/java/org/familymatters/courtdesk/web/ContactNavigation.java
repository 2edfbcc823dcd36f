package org.familymatters.courtdesk.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The court desk contacts' entries in the service navigation. */
@Configuration(proxyBeanMethods = false)
class ContactNavigation {

	@Bean
	NavigationEntry recordContactEntry() {
		return new NavigationEntry("Record a contact", "/court-desk/contacts/new", Set.of(Role.VOLUNTEER.authority()),
				160);
	}

	@Bean
	NavigationEntry contactsEntry() {
		return new NavigationEntry("Contacts", "/court-desk/contacts",
				Set.of(Role.VOLUNTEER.authority(), Role.COURT_DESK_COORDINATOR.authority()), 165);
	}

}
