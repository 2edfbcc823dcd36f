package org.familymatters.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.shared.database.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached, a request that needs it is answered at once with
 * 503 and {@code Retry-After}: problem details for API and JSON clients, a GOV.UK page
 * for browsers; never a stack trace, never 500. It is the outermost filter, so that it
 * also answers when the session (kept in the database) cannot be loaded, before any
 * handler runs, and the page it writes needs nothing from the database. One warning a
 * minute says the database is unreachable; requests that need no database are untouched.
 */
class DatabaseUnavailablePages extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePages.class);

	private static final String PROBLEM = """
			{"type":"about:blank","title":"Service Unavailable","status":503,\
			"detail":"The service cannot reach its database just now. Nothing was saved. Try again in a few seconds."}""";

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en" class="govuk-template">
			<head>
			  <meta charset="utf-8">
			  <title>Sorry, the service is unavailable - Family Matters</title>
			  <meta name="viewport" content="width=device-width, initial-scale=1">
			  <link rel="stylesheet" href="/govuk/govuk-frontend.min.css">
			  <link rel="stylesheet" href="/css/app.css">
			</head>
			<body class="govuk-template__body">
			<header class="govuk-header" data-module="govuk-header">
			  <div class="govuk-header__container govuk-width-container">
			    <div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__service-name">Family Matters</a></div>
			  </div>
			</header>
			<div class="govuk-width-container">
			  <main class="govuk-main-wrapper" id="main-content" role="main">
			    <div class="govuk-grid-row">
			      <div class="govuk-grid-column-two-thirds">
			        <h1 class="govuk-heading-l">Sorry, the service is unavailable</h1>
			        <p class="govuk-body">Try again in a few seconds.</p>
			        <p class="govuk-body">If you were sending a form, go back and send it again in a few seconds.
			          A court desk contact, a timeline entry, a referral or a request for support sent again is
			          saved once. For anything else, check what was saved first.</p>
			      </div>
			    </div>
			  </main>
			</div>
			</body>
			</html>
			""";

	private final DatabaseUnavailable.Warnings warnings = new DatabaseUnavailable.Warnings(Duration.ofMinutes(1));

	private final Clock clock;

	DatabaseUnavailablePages(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.causes(ex)) {
				throw ex;
			}
			if (this.warnings.due(this.clock.instant())) {
				log.warn("The database cannot be reached: requests that need it are answered 503 ({})", summary(ex));
			}
			if (response.isCommitted()) {
				// The answer went out; only saving the session after it failed.
				return;
			}
			unavailable(request, response);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	/** 503, with the problem or the page the client takes. */
	static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (wantsPage(request)) {
			response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
			response.getWriter().write(PAGE);
		}
		else {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(PROBLEM);
		}
		response.flushBuffer();
	}

	/** Browsers get the page; API clients, and those asking for JSON, the problem. */
	static boolean wantsPage(HttpServletRequest request) {
		var path = request.getRequestURI();
		if (path != null
				&& (path.startsWith("/api/") || path.startsWith("/openreferral/") || path.startsWith("/actuator/"))) {
			return false;
		}
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		return accept.contains(MediaType.TEXT_HTML_VALUE)
				|| accept.contains("*/*") && !accept.contains(MediaType.APPLICATION_JSON_VALUE);
	}

	private static String summary(Throwable failure) {
		var root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
