package org.familymatters.shared.limits;

import java.io.IOException;

import org.familymatters.support.IntegrationTest;
import org.familymatters.support.LoopbackHttp;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood from one address, through the running service (real HTTP, from other loopback
 * addresses than the tests' own, on the calendar feeds' limit of 60 a minute): answered
 * with 429 and Retry-After (a page for browsers, problem details for the API) while
 * another address is served as usual. The limits themselves are tested in
 * {@link RateLimitsTest}.
 */
@IntegrationTest
class RateLimitPagesTest {

	@LocalServerPort
	int port;

	@Test
	void aFloodFromOneAddressIsRefusedWith429AsProblemDetailsAndOthersAreServed() throws Exception {
		var refused = flood("/court-desk/calendar/no-such-link.ics", "application/json", "127.0.20.1", 60);
		assertThat(refused.header("retry-after")).isNotBlank();
		assertThat(refused.header("content-type")).startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"status\":429").contains("Retry-After");
		assertThat(get("/court-desk/calendar/no-such-link.ics", "application/json", "127.0.20.2").status())
			.as("another address is answered as usual")
			.isEqualTo(404);
	}

	@Test
	void aBrowserIsToldOnAPageToWait() throws Exception {
		var refused = flood("/court-desk/calendar/no-such-link.ics", "text/html", "127.0.20.3", 60);
		assertThat(refused.header("retry-after")).isNotBlank();
		assertThat(refused.body()).contains("too many requests").doesNotContain("Exception");
	}

	/**
	 * Sends requests from one address until one is refused, and returns that refusal: it
	 * comes after at least the rule's limit (the bucket refills a little while the
	 * requests are made).
	 */
	private LoopbackHttp.Response flood(String path, String accept, String address, int limit) throws IOException {
		for (int sent = 0; sent < 2 * limit; sent++) {
			var response = get(path, accept, address);
			if (response.status() == 429) {
				assertThat(sent).as("requests served before the first refusal").isGreaterThanOrEqualTo(limit);
				return response;
			}
		}
		throw new AssertionError("No refusal after " + (2 * limit) + " requests");
	}

	private LoopbackHttp.Response get(String path, String accept, String from) throws IOException {
		return new LoopbackHttp(port).get(from, path, accept, null);
	}

}
