package org.familymatters.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser, without the browser: HTTP with a cookie jar against a service
 * started by the test (a {@link ServiceProcess}, or a proxy in front of several). It
 * reads each form's CSRF token from the page the form is on, as a browser would post it,
 * and does not follow redirects, so that a test sees where a POST leads.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient client;

	private String baseUrl;

	private String csrf;

	public WebSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/** Points the same browser (and its cookies) at another address. */
	public WebSession at(String baseUrl) {
		this.baseUrl = baseUrl;
		return this;
	}

	/** Signs in through the sign-in page; true when it led away from it. */
	public boolean signIn(String username, String password) throws IOException, InterruptedException {
		get("/sign-in");
		var response = post("/sign-in", Map.of("username", username, "password", password));
		return response.status() == 302 && !response.location().contains("/sign-in");
	}

	public Response get(String path) throws IOException, InterruptedException {
		var response = send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET());
		var token = CSRF.matcher(response.body());
		if (token.find()) {
			this.csrf = token.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page read. */
	public Response post(String path, Map<String, String> form) throws IOException, InterruptedException {
		var fields = new LinkedHashMap<>(form);
		if (this.csrf != null) {
			fields.putIfAbsent("_csrf", this.csrf);
		}
		var body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Response send(HttpRequest.Builder request) throws IOException, InterruptedException {
		var response = this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.headers().firstValue("Location").orElse(""),
				response.headers().firstValue("Content-Type").orElse(""), response.body());
	}

	/** What came back: the status, where a redirect leads, the type and the body. */
	public record Response(int status, String location, String contentType, String body) {
	}

}
