package org.familymatters.audit.web;

import java.util.Set;

import org.familymatters.shared.web.NavigationEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit module's entry in the service navigation. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

	@Bean
	NavigationEntry auditEntry() {
		return new NavigationEntry("Audit", "/admin/audit", Set.of("ROLE_ADMINISTRATOR"), 990);
	}

}
