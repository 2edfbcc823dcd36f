package org.familymatters.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules that keep the layers honest, checked on the compiled main code: pages
 * and the API reach data only through their module's services; the signed-in user is read
 * in one place; controllers are not part of any module's API; one module's pages never
 * use another's.
 */
class ArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.familymatters");

	@Test
	void pagesAndTheApiDoNotRunSql() {
		noClasses().that()
			.resideInAnyPackage("..web..", "..api..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(JdbcClient.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(JdbcOperations.class)
			.orShould()
			.dependOnClassesThat()
			.areAssignableTo(NamedParameterJdbcOperations.class)
			.because("a page or an endpoint calls its module's services, which own the SQL")
			.check(MAIN);
	}

	@Test
	void onlyCurrentUserReadsTheSecurityContext() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("org.familymatters.shared.security.CurrentUser")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(SecurityContextHolder.class)
			.because("the signed-in user is read through CurrentUser (docs/modules.md)")
			.check(MAIN);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.bePackagePrivate()
			.because("a controller is reached through its address, never from another class")
			.check(MAIN);
	}

	@Test
	void noModulesPagesUseAnotherModulesPages() {
		slices().matching("org.familymatters.(*).web..")
			.should()
			.notDependOnEachOther()
			.ignoreDependency(DescribedPredicate.alwaysTrue(),
					JavaClass.Predicates.resideInAPackage("org.familymatters.shared.."))
			.because("a module's pages use its own services; what other modules offer comes through their API")
			.check(MAIN);
	}

}
