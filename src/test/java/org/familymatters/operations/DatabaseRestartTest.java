package org.familymatters.operations;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.familymatters.support.ExternalPostgres;
import org.familymatters.support.ServiceProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stops and starts again under load (docs/resilience.md): while it is down,
 * every request that needs it is answered 503 with {@code Retry-After} within a couple of
 * seconds (a GOV.UK page for browsers, problem details for JSON; never 500, never a stack
 * trace), a signed-in user's request too (the session is kept in the database), and
 * readiness says DOWN; within 10 seconds of its return the same process answers 200 again
 * and readiness says UP. The service's log holds a warning, not a stack trace per
 * request.
 */
@Tag("operations")
class DatabaseRestartTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/**
	 * The longest a request may take while the database is down (2 s pool wait + slack).
	 */
	private static final Duration FAST = Duration.ofSeconds(6);

	/** The pause between one client's requests. */
	private static final Duration PACE = Duration.ofMillis(50);

	@TempDir
	Path directory;

	private final List<Answer> answers = new CopyOnWriteArrayList<>();

	private final AtomicBoolean loading = new AtomicBoolean(true);

	@Test
	void whileTheDatabaseIsDownRequestsAre503AtOnceAndTheServiceRecoversWithoutARestart() throws Exception {
		try (var postgres = ExternalPostgres.create(directory.resolve("postgres"))) {
			var environment = new LinkedHashMap<>(postgres.serviceEnvironment());
			environment.put("FAMILYMATTERS_DEMO_ENABLED", "true");
			try (var service = ServiceProcess.start("restart", ExternalPostgres.freePort(), directory, environment)
				.awaitReady(Duration.ofSeconds(90))) {
				var base = service.baseUrl();
				var family = banburyFamily(postgres);
				var support = signedIn(base, "demo-support");
				var clients = List.of(load("family page", () -> get(support, base, "/families/" + family, "text/html")),
						load("directory search", () -> get(base, "/support?q=visits", "text/html")),
						load("open referral", () -> get(base, "/openreferral/services", "application/json")));
				clients.forEach(Thread::start);

				Thread.sleep(2000);
				assertThat(this.answers).as("answers before the stop").allMatch(a -> a.status() == 200);
				long logBefore = Files.size(service.log());
				postgres.stop();
				long stopped = System.nanoTime();
				Thread.sleep(1500);
				int seen = this.answers.size();
				long logSettled = Files.size(service.log());
				var readinessDown = get(base, "/actuator/health/readiness", "application/json");
				Thread.sleep(4000);
				var startPage = get(base, "/", "text/html");
				var down = new ArrayList<>(this.answers.subList(seen, this.answers.size()));

				long logDown = Files.size(service.log());
				postgres.start();
				long restarted = System.nanoTime();
				long recovered = 0;
				while (System.nanoTime() - restarted < Duration.ofSeconds(20).toNanos()) {
					if (get(base, "/actuator/health/readiness", "application/json").status() == 200
							&& get(support, base, "/families/" + family, "text/html").status() == 200) {
						recovered = System.nanoTime();
						break;
					}
					Thread.sleep(200);
				}
				this.loading.set(false);
				for (var client : clients) {
					client.join(20_000);
				}
				var all = Files.readString(service.log());
				var log = all.substring((int) logBefore);
				// Once the connections the stop cut are gone: the outage itself.
				var settled = all.substring((int) logSettled, (int) logDown);

				assertThat(service.alive()).isTrue();
				assertThat(readinessDown.status()).as("readiness while the database is down").isEqualTo(503);
				assertThat(down).as("answers while the database was down").isNotEmpty();
				for (var kind : List.of("family page", "directory search", "open referral")) {
					assertThat(down).as(kind + " answered while down").anyMatch(a -> a.kind().equals(kind));
				}
				assertThat(down).as("every answer while down is 503 with Retry-After, none a stack trace")
					.allSatisfy(answer -> {
						assertThat(answer.status()).as(answer.kind()).isEqualTo(503);
						assertThat(answer.retryAfter()).as(answer.kind()).isNotBlank();
						assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
						assertThat(answer.millis()).as(answer.kind() + " answered quickly").isLessThan(FAST.toMillis());
					});
				assertThat(down).filteredOn(a -> a.kind().equals("family page"))
					.allMatch(a -> a.contentType().startsWith("text/html")
							&& a.body().contains("Sorry, the service is unavailable"));
				assertThat(down).filteredOn(a -> a.kind().equals("open referral"))
					.allMatch(a -> a.contentType().startsWith("application/problem+json")
							&& a.body().contains("\"status\":503"));
				assertThat(startPage.status()).as("the start page needs no database").isIn(200, 503);
				var last = get(support, base, "/families/" + family, "text/html");
				assertThat(recovered)
					.as("recovered without a restart; the family page now answers %d, the log ends:%n%s", last.status(),
							service.tail(60))
					.isPositive();
				double seconds = (recovered - restarted) / 1e9;
				assertThat(seconds).as("seconds to recover after the database returned").isLessThan(10);
				long stackLines = log.lines().filter(line -> line.startsWith("\tat ")).count();
				long settledStackLines = settled.lines().filter(line -> line.startsWith("\tat ")).count();
				System.out.printf(
						"Database restart: %d answers while down (max %d ms), stopped %.1f s, recovered %.1f s after"
								+ " the database returned; %d stack trace lines in the log as the connections were cut,"
								+ " %d while it stayed down%n",
						down.size(), down.stream().mapToLong(Answer::millis).max().orElse(0),
						(restarted - stopped) / 1e9, seconds, stackLines, settledStackLines);
				assertThat(log.contains("Servlet.service()")).as("no stack trace per request").isFalse();
				assertThat(settledStackLines)
					.as("stack trace lines logged while the database stayed down; the log then:%n%s",
							settled.lines()
								.filter(line -> !line.startsWith("\tat ") && !line.startsWith("\t..."))
								.limit(40)
								.collect(java.util.stream.Collectors.joining("\n")))
					.isZero();
			}
		}
	}

	private Thread load(String name, Request request) {
		var thread = new Thread(() -> {
			while (this.loading.get()) {
				long start = System.nanoTime();
				try {
					var answer = request.send();
					this.answers.add(answer.took(start));
					// A steady stream, not as fast as the cores allow.
					Thread.sleep(PACE.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (Exception ex) {
					this.answers.add(new Answer(name, start, 0, -1, "", ex.toString(), ""));
				}
			}
		}, name);
		thread.setDaemon(true);
		return thread;
	}

	private static Answer get(String base, String path, String accept) throws Exception {
		return get(HTTP, base, path, accept);
	}

	private static Answer get(HttpClient client, String base, String path, String accept) throws Exception {
		long start = System.nanoTime();
		var response = client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", accept)
			.timeout(Duration.ofSeconds(30))
			.build(), HttpResponse.BodyHandlers.ofString());
		var kind = path.startsWith("/openreferral") ? "open referral"
				: path.startsWith("/families") ? "family page" : "directory search";
		return new Answer(kind, start, 0, response.statusCode(),
				response.headers().firstValue("Content-Type").orElse(""), response.body(),
				response.headers().firstValue("Retry-After").orElse(""))
			.took(start);
	}

	/**
	 * A browser signed in through the sign-in page: its session cookie makes every
	 * request load the session from the database.
	 */
	private static HttpClient signedIn(String base, String username) throws Exception {
		var client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		var page = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
				HttpResponse.BodyHandlers.ofString());
		var csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).isTrue();
		var form = "username=" + username + "&password=family-matters-demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		var signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/sign-in");
		return client;
	}

	private static UUID banburyFamily(ExternalPostgres postgres) throws Exception {
		try (var connection = postgres.connect();
				var statement = connection.createStatement();
				var rows = statement.executeQuery("""
						select f.id from family f join locality l on l.id = f.locality_id
						where l.name = 'Banbury' and f.status = 'active' order by f.id limit 1
						""")) {
			assertThat(rows.next()).isTrue();
			return rows.getObject(1, UUID.class);
		}
	}

	/** One answer: what was asked, when, how long it took, and what came back. */
	private record Answer(String kind, long startedAt, long millis, int status, String contentType, String body,
			String retryAfter) {

		Answer took(long start) {
			return new Answer(kind, start, (System.nanoTime() - start) / 1_000_000, status, contentType, body,
					retryAfter);
		}

	}

	@FunctionalInterface
	private interface Request {

		Answer send() throws Exception;

	}

}
