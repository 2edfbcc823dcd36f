package org.familymatters.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.familymatters.FamilyMattersApplication;
import org.familymatters.support.OwnServices;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS (issue 12, item 9): with an https public address every answer carries HSTS and
 * the cookies (the sign-in form's CSRF cookie, and the session's once a person has signed
 * in) are Secure, though TLS ends at a proxy in front; with forwarded headers honoured
 * ({@code server.forward-headers-strategy=native}) a request the proxy says came over
 * HTTPS gets both, and one over plain HTTP neither. Real HTTP through Tomcat, as a proxy
 * would send it.
 */
class SecureTransportTest {

	@TempDir
	Path directory;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void anHttpsPublicAddressBringsHstsAndSecureCookiesBehindATlsProxy() throws Exception {
		try (var service = start("https", "--familymatters.public-url=https://familymatters.example.org")) {
			var signIn = get(service, "/sign-in", null);
			assertThat(signIn.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
					hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
			assertThat(cookie(signIn, "FM_CSRF")).contains("Secure").contains("HttpOnly");
			// A person who has not signed in has no session, here or in the database.
			assertThat(signIn.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("FM_SESSION="));
			var jdbc = service.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isZero();
			var signedIn = signIn(service, signIn);
			assertThat(signedIn.headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/home"));
			assertThat(cookie(signedIn, "FM_SESSION")).contains("Secure").contains("HttpOnly");
		}
	}

	@Test
	void forwardedHeadersAreHonouredWhenConfigured() throws Exception {
		try (var service = start("forwarded", "--server.forward-headers-strategy=native")) {
			var overHttps = get(service, "/sign-in", "https");
			assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).isPresent();
			assertThat(cookie(overHttps, "FM_CSRF")).contains("Secure");

			var overHttp = get(service, "/sign-in", null);
			assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
			assertThat(cookie(overHttp, "FM_CSRF")).doesNotContain("Secure");
		}
	}

	private HttpResponse<String> get(ConfigurableApplicationContext service, String path, String forwardedProto)
			throws Exception {
		var port = ((WebServerApplicationContext) service).getWebServer().getPort();
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html");
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto).header("X-Forwarded-For", "203.0.113.5");
		}
		var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	/**
	 * Signs in as the demo volunteer with the sign-in page's form: its CSRF token and
	 * cookie.
	 */
	private HttpResponse<String> signIn(ConfigurableApplicationContext service, HttpResponse<String> page)
			throws Exception {
		var port = ((WebServerApplicationContext) service).getWebServer().getPort();
		var token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
		var csrfCookie = cookie(page, "FM_CSRF").split(";", 2)[0];
		var form = "username=demo-volunteer&password=" + TestUsers.DEMO_PASSWORD + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", csrfCookie)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		var response = client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("signed in").isEqualTo(302);
		return response;
	}

	private static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No cookie " + name + " in " + response.headers().map()));
	}

	/** The service, with its demo users, so that one can sign in. */
	private ConfigurableApplicationContext start(String name, String... arguments) {
		return OwnServices.builder(FamilyMattersApplication.class)
			.run(Stream
				.concat(Stream.of("--server.port=0",
						"--familymatters.database.embedded.data-directory=" + directory.resolve(name)),
						Stream.of(arguments))
				.toArray(String[]::new));
	}

}
