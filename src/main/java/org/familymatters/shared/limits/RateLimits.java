package org.familymatters.shared.limits;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Token buckets (Bucket4j) per client address and rule: a request over its rule's limit
 * is answered at once with 429 and {@code Retry-After}, before any session, query or
 * template work, so one client's flood never slows anyone else. Buckets are kept in
 * memory, at most {@value #MAX_ADDRESSES} addresses per rule, each forgotten once it
 * would be full again.
 */
public class RateLimits extends OncePerRequestFilter {

	/**
	 * The most addresses remembered per rule; the least recently seen are forgotten
	 * first.
	 */
	static final int MAX_ADDRESSES = 100_000;

	private final List<Limit> limits;

	private final Set<String> exempt;

	public RateLimits(RateLimitProperties properties) {
		var parser = new PathPatternParser();
		this.limits = properties.enabled() ? properties.rules().stream().map(rule -> new Limit(rule, parser)).toList()
				: List.of();
		this.exempt = Set.copyOf(properties.exemptAddresses());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var address = request.getRemoteAddr();
		if (!exempt.contains(address)) {
			var path = ServletRequestPathUtils.parseAndCache(request);
			for (var limit : limits) {
				if (limit.covers(request.getMethod(), path)) {
					var probe = limit.bucket(address).tryConsumeAndReturnRemaining(1);
					if (!probe.isConsumed()) {
						long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
						response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
						response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
						return;
					}
					break;
				}
			}
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	/** One rule with its buckets, one per address. */
	private static final class Limit {

		private final List<PathPattern> paths;

		private final Set<String> methods;

		private final Bandwidth bandwidth;

		private final Cache<String, Bucket> buckets;

		Limit(RateLimitProperties.Rule rule, PathPatternParser parser) {
			this.paths = rule.paths().stream().map(parser::parse).toList();
			this.methods = Set.copyOf(rule.methods().stream().map(m -> m.toUpperCase(Locale.ROOT)).toList());
			this.bandwidth = Bandwidth.builder()
				.capacity(rule.requests())
				.refillGreedy(rule.requests(), rule.per())
				.build();
			this.buckets = Caffeine.newBuilder()
				.maximumSize(MAX_ADDRESSES)
				.expireAfterAccess(rule.per().plus(Duration.ofSeconds(1)))
				.build();
		}

		boolean covers(String method, org.springframework.http.server.RequestPath path) {
			return (methods.isEmpty() || methods.contains(method))
					&& paths.stream().anyMatch(pattern -> pattern.matches(path.pathWithinApplication()));
		}

		Bucket bucket(String address) {
			return buckets.get(address, key -> Bucket.builder().addLimit(bandwidth).build());
		}

	}

}
