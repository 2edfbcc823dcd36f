package org.familymatters.shared.web;

import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.familymatters.shared.security.Public;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the user sees when something goes wrong outside a handler's own error handling: a
 * GOV.UK page for browsers, RFC 9457 problem details for everyone else. Never a stack
 * trace.
 */
@Controller
@RequestMapping("/error")
class ErrorPages implements ErrorController {

	private static final long MEGABYTE = 1024 * 1024;

	/**
	 * The largest file an upload takes ({@code spring.servlet.multipart.max-file-size}).
	 */
	private final long maxUploadMegabytes;

	ErrorPages(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.maxUploadMegabytes = maxFileSize.toBytes() / MEGABYTE;
	}

	@Public
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request) {
		var status = status(request);
		String view;
		if (status.value() == 403 || status.value() == 404 || status.value() == 429) {
			view = "error/" + status.value();
		}
		else if (status == HttpStatus.CONTENT_TOO_LARGE) {
			// An upload over the largest the service takes, refused before any handler.
			return new ModelAndView("error/413", Map.of("status", status.value(), "maxMegabytes", maxUploadMegabytes),
					status);
		}
		else if (status.is4xxClientError()) {
			view = "error/4xx";
		}
		else {
			view = "error/500";
		}
		return new ModelAndView(view, Map.of("status", status.value()), status);
	}

	@Public
	@RequestMapping
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		var status = status(request);
		var problem = ProblemDetail.forStatus(status);
		problem.setDetail(detail(status));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
			problem.setInstance(URI.create(uri));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String detail(HttpStatus status) {
		if (status.is5xxServerError()) {
			return "Something went wrong on our side. Try again later.";
		}
		if (status == HttpStatus.CONTENT_TOO_LARGE) {
			return "The request is too large: a file may be up to " + maxUploadMegabytes + " MB.";
		}
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			return "Too many requests from your address. Wait for the time the Retry-After header gives, then try again.";
		}
		return status.getReasonPhrase();
	}

	private static HttpStatus status(HttpServletRequest request) {
		var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		var status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
