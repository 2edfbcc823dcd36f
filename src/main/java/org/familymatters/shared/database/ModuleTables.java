package org.familymatters.shared.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tables a module owns and the views it publishes, declared on the module's package.
 * Only the module's own SQL and migrations read or write its tables; another module reads
 * them through the module's Java API, or through one of the views it publishes as its
 * read model (documented where the view is created). A test reads every SQL string and
 * migration and fails on any other use (docs/modules.md).
 */
@Target(ElementType.PACKAGE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ModuleTables {

	/** The tables only this module's SQL touches. */
	String[] owns();

	/** The views this module creates for other modules to read. */
	String[] publishes() default {};

}
