package org.familymatters.shared.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a browser keeps the service's styles, scripts and images. Pages ask for them
 * by addresses that carry a hash of their content ({@code app-<hash>.css}, made by
 * Spring's resource chain): such a file never changes, so it is kept for a year without
 * asking again. At its plain address (a script's import, the court desk's offline copy) a
 * file is kept but checked each time ({@code no-cache}: a 304 when unchanged). Everything
 * else keeps Spring Security's {@code no-store}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class StaticAssetCaching extends OncePerRequestFilter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	static final String REVALIDATE = "no-cache";

	static final String NEVER = "no-store";

	private static final Pattern ASSET = Pattern.compile("^/(govuk|assets|css|js)/[^?]+$");

	private static final Pattern VERSIONED = Pattern.compile("-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var cacheControl = cacheControl(request.getMethod(), request.getRequestURI());
		if (cacheControl == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		chain.doFilter(request, new KeptOnlyWhenFound(response));
	}

	/** The Cache-Control for a request, or null to leave it to Spring Security. */
	static String cacheControl(String method, String path) {
		if (!("GET".equals(method) || "HEAD".equals(method)) || !ASSET.matcher(path).matches()) {
			return null;
		}
		return VERSIONED.matcher(path).find() ? IMMUTABLE : REVALIDATE;
	}

	/**
	 * A file that is not there is never kept: a page of a newer instance may ask an older
	 * one for a file it does not have yet, and a browser must ask again.
	 */
	private static final class KeptOnlyWhenFound extends HttpServletResponseWrapper {

		KeptOnlyWhenFound(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setStatus(int status) {
			notKeptIfError(status);
			super.setStatus(status);
		}

		@Override
		public void sendError(int status) throws IOException {
			notKeptIfError(status);
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			notKeptIfError(status);
			super.sendError(status, message);
		}

		private void notKeptIfError(int status) {
			if (status >= 400) {
				setHeader(HttpHeaders.CACHE_CONTROL, NEVER);
			}
		}

	}

}
