package org.familymatters.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.familymatters.FamilyMattersApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS (issue 12, item 9): with an https public address every answer carries HSTS and
 * the session cookie is Secure, though TLS ends at a proxy in front; with forwarded
 * headers honoured ({@code server.forward-headers-strategy=native}) a request the proxy
 * says came over HTTPS gets both, and one over plain HTTP neither. Real HTTP through
 * Tomcat, as a proxy would send it.
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
			assertThat(sessionCookie(signIn)).contains("Secure").contains("HttpOnly");
		}
	}

	@Test
	void forwardedHeadersAreHonouredWhenConfigured() throws Exception {
		try (var service = start("forwarded", "--server.forward-headers-strategy=native")) {
			var overHttps = get(service, "/sign-in", "https");
			assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).isPresent();
			assertThat(sessionCookie(overHttps)).contains("Secure");

			var overHttp = get(service, "/sign-in", null);
			assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
			assertThat(sessionCookie(overHttp)).doesNotContain("Secure");
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

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("FM_SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + response.headers().map()));
	}

	private ConfigurableApplicationContext start(String name, String... arguments) {
		return new SpringApplicationBuilder(FamilyMattersApplication.class).properties("spring.main.banner-mode=off")
			.run(Stream.concat(Stream.of("--server.port=0",
					"--familymatters.database.embedded.data-directory=" + directory.resolve(name),
					"--familymatters.demo.enabled=false"), Stream.of(arguments))
				.toArray(String[]::new));
	}

}
