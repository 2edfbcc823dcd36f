package org.familymatters.directory.web;

import java.util.Set;

import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The guides in the service navigation: everyone reads them. Staff edit them from the
 * directory's own menu.
 */
@Configuration(proxyBeanMethods = false)
class GuideNavigation {

	@Bean
	NavigationEntry guidesEntry() {
		return new NavigationEntry("Guides", "/guides", Set.of(NavigationEntry.EVERYONE), 105);
	}

}
