package org.familymatters.directory.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, item 5: what the import fetches from an address, against a test server on the
 * loopback interface (trusted for these tests only, as an administrator could trust a
 * directory on their own network): every redirect is checked again before it is followed,
 * the answer's size and time are capped, and a refusal says only that the address could
 * not be fetched and why, with the HTTP status, never what an address answered.
 */
class FeedFetcherTest {

	private static final String SECRET = "postgres password=hunter2";

	private HttpServer server;

	private HttpServer internal;

	private final AtomicInteger internalRequests = new AtomicInteger();

	private String origin;

	@BeforeEach
	void startServers() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/ok", exchange -> answer(exchange, 200, "{\"contents\": []}"));
		server.createContext("/big", exchange -> answer(exchange, 200, "x".repeat(5000)));
		server.createContext("/big-chunked", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			try (var out = exchange.getResponseBody()) {
				for (int i = 0; i < 50; i++) {
					out.write("y".repeat(100).getBytes(StandardCharsets.UTF_8));
				}
			}
		});
		server.createContext("/broken", exchange -> answer(exchange, 500, SECRET));
		server.createContext("/slow", exchange -> {
			sleep(3000);
			answer(exchange, 200, "{}");
		});
		internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		internal.createContext("/", exchange -> {
			internalRequests.incrementAndGet();
			answer(exchange, 200, SECRET);
		});
		server.createContext("/to-loopback",
				exchange -> redirect(exchange, "http://127.0.0.1:" + internal.getAddress().getPort() + "/secrets"));
		server.createContext("/to-localhost",
				exchange -> redirect(exchange, "http://localhost:" + internal.getAddress().getPort() + "/"));
		server.createContext("/to-metadata",
				exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
		server.createContext("/to-ok", exchange -> redirect(exchange, "/ok"));
		server.createContext("/loop", exchange -> redirect(exchange, "/loop"));
		server.start();
		internal.start();
		origin = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stopServers() {
		server.stop(0);
		internal.stop(0);
	}

	private FeedFetcher fetcher() {
		// http allowed here, so that redirects are judged by their address alone.
		return new FeedFetcher(new ImportAddresses(true, List.of(origin), InetAddress::getAllByName), 1024,
				Duration.ofSeconds(2), Duration.ofSeconds(1));
	}

	@Test
	void aTrustedAddressIsFetchedAndARedirectOnItsOriginFollowed() {
		assertThat(new String(fetcher().get(URI.create(origin + "/ok")), StandardCharsets.UTF_8))
			.isEqualTo("{\"contents\": []}");
		assertThat(new String(fetcher().get(URI.create(origin + "/to-ok")), StandardCharsets.UTF_8))
			.isEqualTo("{\"contents\": []}");
	}

	@Test
	void aRedirectToLoopbackIsRefusedBeforeItIsFollowed() {
		var internalPort = internal.getAddress().getPort();
		assertThatThrownBy(() -> fetcher().get(URI.create(origin + "/to-loopback")))
			.isInstanceOf(OpenReferralFeed.Unreadable.class)
			.hasMessage(
					"Could not fetch http://127.0.0.1:" + internalPort + "/secrets: the address is not a public one");
		assertThatThrownBy(() -> fetcher().get(URI.create(origin + "/to-localhost")))
			.hasMessageStartingWith("Could not fetch http://localhost:" + internalPort + "/")
			.hasMessageEndingWith("the address is not a public one");
		assertThat(internalRequests).as("the internal address was never asked").hasValue(0);
	}

	@Test
	void aRedirectToTheMetadataAddressIsRefused() {
		assertThatThrownBy(() -> fetcher().get(URI.create(origin + "/to-metadata")))
			.hasMessage("Could not fetch http://169.254.169.254/latest/meta-data/: the address is not a public one");
	}

	@Test
	void endlessRedirectsStop() {
		assertThatThrownBy(() -> fetcher().get(URI.create(origin + "/loop")))
			.hasMessageEndingWith("it redirected more than 5 times");
	}

	@Test
	void anAnswerOverTheSizeLimitIsRefusedWhetherOrNotItSaysItsLength() {
		assertThatThrownBy(() -> fetcher().get(URI.create(origin + "/big")))
			.hasMessage("Could not fetch " + origin + "/big: the answer is larger than 1 KB");
		assertThatThrownBy(() -> fetcher().get(URI.create(origin + "/big-chunked")))
			.hasMessage("Could not fetch " + origin + "/big-chunked: the answer is larger than 1 KB");
	}

	@Test
	void anErrorIsReportedByItsStatusOnlyNeverByWhatItSaid() {
		assertThatThrownBy(() -> fetcher().get(URI.create(origin + "/broken")))
			.hasMessage("Could not fetch " + origin + "/broken: HTTP 500")
			.message()
			.doesNotContain("hunter2");
	}

	@Test
	void anAnswerThatTakesTooLongIsGivenUpOn() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> fetcher().get(URI.create(origin + "/slow")))
			.hasMessage("Could not fetch " + origin + "/slow: no answer in time");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2800));
	}

	@Test
	void nothingAnswersOnAClosedPort() throws IOException {
		int closed;
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closed = socket.getLocalPort();
		}
		var address = "http://127.0.0.1:" + closed + "/openreferral";
		var fetcher = new FeedFetcher(
				new ImportAddresses(false, List.of("http://127.0.0.1:" + closed), InetAddress::getAllByName), 1024,
				Duration.ofSeconds(2), Duration.ofSeconds(1));
		assertThatThrownBy(() -> fetcher.get(URI.create(address)))
			.hasMessage("Could not fetch " + address + ": no answer");
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		var bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
