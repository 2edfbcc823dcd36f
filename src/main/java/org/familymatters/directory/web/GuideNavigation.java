package org.familymatters.directory.web;

import java.util.Set;

import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guides in the service navigation: everyone reads them; the directory's editors change them. */
@Configuration(proxyBeanMethods = false)
class GuideNavigation {

	@Bean
	NavigationEntry guidesEntry() {
		return new NavigationEntry("Guides", "/guides", Set.of(), 105);
	}

	@Bean
	NavigationEntry editGuidesEntry() {
		return new NavigationEntry("Edit guides", "/directory/guides",
				Set.of("ROLE_SUPPORT_WORKER", "ROLE_ADMINISTRATOR"), 800);
	}

}
