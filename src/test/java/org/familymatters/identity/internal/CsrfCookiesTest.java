package org.familymatters.identity.internal;

import org.familymatters.shared.web.PublicAddress;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSRF token lives in a cookie, so a page with a form makes no session for someone
 * not signed in (the browser journeys check no session cookie appears before signing in).
 */
class CsrfCookiesTest {

	@Test
	void theTokenIsAnHttpOnlySameSiteCookieAndNoSession() {
		var repository = SecurityConfiguration.csrfCookies(new PublicAddress(new MockEnvironment()));
		var request = new MockHttpServletRequest("GET", "/sign-in");
		var response = new MockHttpServletResponse();
		repository.saveToken(repository.generateToken(request), request, response);
		var cookie = response.getCookie("FM_CSRF");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
		assertThat(cookie.getSecure()).isFalse();
		assertThat(request.getSession(false)).as("no session").isNull();
	}

	@Test
	void overHttpsTheCookieIsSecure() {
		var repository = SecurityConfiguration.csrfCookies(new PublicAddress(
				new MockEnvironment().withProperty("familymatters.public-url", "https://familymatters.example.org")));
		var request = new MockHttpServletRequest("GET", "/sign-in");
		var response = new MockHttpServletResponse();
		repository.saveToken(repository.generateToken(request), request, response);
		assertThat(response.getCookie("FM_CSRF").getSecure()).isTrue();
	}

}
