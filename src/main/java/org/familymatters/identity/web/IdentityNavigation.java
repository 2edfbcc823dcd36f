package org.familymatters.identity.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity module's entries in the service navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

	@Bean
	NavigationEntry homeEntry() {
		return new NavigationEntry("Home", "/home", Set.of(), 0);
	}

	@Bean
	NavigationEntry signInEntry() {
		return new NavigationEntry("Sign in", "/sign-in", Set.of(NavigationEntry.SIGNED_OUT), 990);
	}

	@Bean
	NavigationEntry usersEntry() {
		return new NavigationEntry("Users", "/admin/users", Set.of(Role.ADMINISTRATOR.authority()), 900);
	}

	@Bean
	NavigationEntry organisationsEntry() {
		return new NavigationEntry("Organisations", "/admin/organisations", Set.of(Role.ADMINISTRATOR.authority()),
				910);
	}

	@Bean
	NavigationEntry localitiesEntry() {
		return new NavigationEntry("Localities", "/admin/localities", Set.of(Role.ADMINISTRATOR.authority()), 920);
	}

}
