package org.familymatters.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors from the REST API as RFC 9457 problem details: Spring MVC's own (bad parameters,
 * wrong method, unreadable body) through the base class, and the service's through the
 * handlers here.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound exception) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such record.");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail stale(OptimisticLockingFailureException exception) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this record meanwhile. Nothing was saved: read it again and make your change again.");
	}

	@ExceptionHandler(BadRequest.class)
	ProblemDetail badRequest(BadRequest exception) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
		problem.setProperty("parameter", exception.parameter());
		return problem;
	}

}
