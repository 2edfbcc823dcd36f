package org.familymatters.network.web;

import java.util.Set;

import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The network module's entry in the service navigation: every signed-in user. */
@Configuration(proxyBeanMethods = false)
class NetworkNavigation {

	@Bean
	NavigationEntry networksEntry() {
		return new NavigationEntry("Networks", "/networks", Set.of(), 112);
	}

}
