package org.familymatters;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules depend on each other only as declared: no cycles, no reaching into
 * internals.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(FamilyMattersApplication.class);

	@Test
	void modulesAreHonest() {
		modules.verify();
	}

	@Test
	void documentsTheModules() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
			.writeModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
