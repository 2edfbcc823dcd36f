package org.familymatters.shared.limits;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits per address, driven without Spring: over the limit is 429 with Retry-After.
 */
class RateLimitsTest {

	private final RateLimits limits = new RateLimits(new RateLimitProperties(true, List.of("127.0.0.1"),
			List.of(new RateLimitProperties.Rule("Asking for support", List.of("/ask-for-support/**"), List.of("POST"),
					3, Duration.ofHours(1)),
					new RateLimitProperties.Rule("Search", List.of("/support", "/support/**"), List.of(), 2,
							Duration.ofMinutes(1)))));

	@Test
	void theRequestOverTheLimitIsRefusedAtOnceWithWhenToTryAgain() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("POST", "/ask-for-support/check", "10.0.0.1").getStatus()).isEqualTo(200);
		}
		var refused = send("POST", "/ask-for-support/check", "10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3600L);
	}

	@Test
	void anotherAddressIsNotSlowedByOnesFlood() throws Exception {
		for (int i = 0; i < 5; i++) {
			send("GET", "/support", "10.0.0.2");
		}
		assertThat(send("GET", "/support", "10.0.0.2").getStatus()).isEqualTo(429);
		assertThat(send("GET", "/support", "10.0.0.3").getStatus()).isEqualTo(200);
	}

	@Test
	void aRuleCoversOnlyItsMethodsAndPaths() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(send("GET", "/ask-for-support", "10.0.0.4").getStatus()).isEqualTo(200);
			assertThat(send("GET", "/guides", "10.0.0.4").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void anExemptAddressHasNoLimit() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(send("GET", "/support/search", "127.0.0.1").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void limitsCanBeTurnedOff() throws Exception {
		var off = new RateLimits(new RateLimitProperties(false, List.of(),
				List.of(new RateLimitProperties.Rule("All", List.of("/**"), List.of(), 1, Duration.ofMinutes(1)))));
		for (int i = 0; i < 3; i++) {
			var response = new MockHttpServletResponse();
			off.doFilter(request("GET", "/", "10.0.0.5"), response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	private MockHttpServletResponse send(String method, String path, String address) throws Exception {
		var response = new MockHttpServletResponse();
		limits.doFilter(request(method, path, address), response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String method, String path, String address) {
		var request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(address);
		return request;
	}

}
