package org.familymatters.consent.web;

import java.util.Map;

import org.familymatters.consent.FamilyAccessRefused;
import org.familymatters.consent.internal.Refusals;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's refusal by the access decision (403) says why in words a practitioner can act
 * on, and who to ask ({@link Refusals}), on every page that shows or changes a family's
 * record, whichever module's. The API's refusals stay problem details: the exception is
 * passed on for them.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RefusalPages {

	private final Refusals refusals;

	RefusalPages(Refusals refusals) {
		this.refusals = refusals;
	}

	@ExceptionHandler(FamilyAccessRefused.class)
	ModelAndView refused(FamilyAccessRefused refused, HandlerMethod handler) throws FamilyAccessRefused {
		if (handler.hasMethodAnnotation(ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
			throw refused;
		}
		return new ModelAndView("consent/refused", Map.of("refusal", refusals.explain(refused)), HttpStatus.FORBIDDEN);
	}

}
