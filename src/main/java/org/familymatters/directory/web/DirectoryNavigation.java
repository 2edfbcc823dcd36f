package org.familymatters.directory.web;

import java.util.Set;

import org.familymatters.identity.Role;
import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's entries in the service navigation: everyone signposts from them. */
@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

	@Bean
	NavigationEntry findSupportEntry() {
		return new NavigationEntry("Find support", "/support", Set.of(NavigationEntry.EVERYONE), 100);
	}

	@Bean
	NavigationEntry manageDirectoryEntry() {
		return new NavigationEntry("Directory", "/directory",
				Set.of(Role.SUPPORT_WORKER.authority(), Role.ADMINISTRATOR.authority()), 150);
	}

	/** The news, for everyone. */
	@Bean
	NavigationEntry newsEntry() {
		return new NavigationEntry("News", "/news", Set.of(NavigationEntry.EVERYONE), 111);
	}

	@Bean
	NavigationEntry resourcesEntry() {
		return new NavigationEntry("Resources", "/resources", Set.of(NavigationEntry.EVERYONE), 110);
	}

}
