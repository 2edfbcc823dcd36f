package org.familymatters.shared;

import java.io.Serial;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else saved the record after the form was shown: nothing was saved over their
 * change. Every module throws this one exception for a stale save (Spring Data's own
 * {@link OptimisticLockingFailureException} is its parent, and is treated the same): a
 * form says so at the top ({@code FormCheck.saved}), a page without a form answers 409
 * with the same words, and the API answers 409 as problem details.
 */
public class StaleSave extends OptimisticLockingFailureException {

	@Serial
	private static final long serialVersionUID = 1L;

	public StaleSave(String recordType, Object id) {
		super("The " + recordType + " " + id + " was changed by someone else meanwhile");
	}

}
