package org.familymatters.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A stale save that a page's handler did not turn into a message on its form (a button
 * with no form around it, such as "Disable"): 409 with a page that says what happened.
 * Forms use {@link FormCheck#saved}; the API answers with problem details
 * ({@link ApiProblems}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class StaleSavePages {

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView stale(OptimisticLockingFailureException exception) {
		return new ModelAndView("error/409", HttpStatus.CONFLICT);
	}

}
