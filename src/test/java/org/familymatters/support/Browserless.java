package org.familymatters.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signing in through the real form with MockMvc. Sessions live in PostgreSQL (Spring
 * Session), so a test carries the session cookie from request to request, as a browser
 * does.
 */
public final class Browserless {

	public static final String SESSION_COOKIE = "FM_SESSION";

	private Browserless() {
	}

	/** Signs in and returns the session cookie and where the service sent the user. */
	public static SignedIn signIn(MockMvc mvc, String username, String password) throws Exception {
		var result = mvc.perform(post("/sign-in").param("username", username).param("password", password).with(csrf()))
			.andReturn();
		return new SignedIn(sessionCookie(result), result.getResponse().getRedirectedUrl());
	}

	public static Cookie sessionCookie(MvcResult result) {
		var cookie = result.getResponse().getCookie(SESSION_COOKIE);
		if (cookie == null) {
			throw new AssertionError("No session cookie in the response");
		}
		return cookie;
	}

	/** A session: its cookie, and the page the sign-in redirected to. */
	public record SignedIn(Cookie cookie, String redirectedTo) {
	}

}
