package org.familymatters.audit;

import java.util.List;

/**
 * The actions one module records, declared as a bean so that the audit page can show
 * every action in words and offer them as choices. Action codes are unique across
 * modules.
 */
public interface AuditActionCatalogue {

	List<? extends AuditAction> actions();

	/** A catalogue of an enum's constants. */
	static <E extends Enum<E> & AuditAction> AuditActionCatalogue of(Class<E> actions) {
		var constants = List.of(actions.getEnumConstants());
		return () -> constants;
	}

}
