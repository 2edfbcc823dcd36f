package org.familymatters.shared;

import org.familymatters.shared.database.NoExternalDatabase;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo mode is on: {@code familymatters.demo.enabled} if set, otherwise on with
 * the embedded database and off with an external one. Modules add their demo data when it
 * is.
 */
@Component
public class DemoMode {

	private final Environment environment;

	DemoMode(Environment environment) {
		this.environment = environment;
	}

	public boolean enabled() {
		var setting = environment.getProperty("familymatters.demo.enabled", Boolean.class);
		return (setting != null) ? setting : NoExternalDatabase.usesEmbeddedDatabase(environment);
	}

}
