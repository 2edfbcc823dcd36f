package org.familymatters.operations;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.support.ExternalPostgres;
import org.familymatters.support.ServiceProcess;
import org.familymatters.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two copies of the service on one machine share one PostgreSQL behind nginx, as
 * docs/deployment.md describes: a user signed in through the proxy is served by both
 * (sessions live in PostgreSQL); a scheduled job runs on one of them at a time
 * (ShedLock); an event's e-mail goes out once; and when one copy is killed while
 * volunteers record court desk contacts, every contact the proxy acknowledged is there
 * exactly once (a failed request is sent again with the same idempotency key).
 */
@Tag("operations")
class TwoInstancesTest {

	private static final String PASSWORD = "family-matters-demo";

	private static final String JOB = "court-desk-shift-reminders";

	@TempDir
	Path directory;

	@Test
	void twoInstancesBehindNginxShareSessionsRunAJobAndSendAnEmailOnceAndLoseNoWriteWhenOneIsKilled() throws Exception {
		var nginx = nginx();
		var mail = new GreenMail(new ServerSetup(ExternalPostgres.freePort(), "127.0.0.1", "smtp"));
		mail.start();
		Process proxy = null;
		try (var postgres = ExternalPostgres.create(this.directory.resolve("postgres"));
				var first = start("first", postgres, mail).awaitReady(Duration.ofSeconds(120));
				var second = start("second", postgres, mail).awaitReady(Duration.ofSeconds(120))) {
			int port = ExternalPostgres.freePort();
			proxy = startNginx(nginx, port, first, second);
			var through = "http://127.0.0.1:" + port;

			// Signed in once through the proxy, served by both copies in turn.
			var support = new WebSession(through);
			assertThat(support.signIn("demo-support", PASSWORD)).isTrue();
			for (int step = 1; step <= 6; step++) {
				var page = support.get("/home?step=" + step);
				assertThat(page.status()).as("step %d", step).isEqualTo(200);
				assertThat(page.body()).contains("Sign out");
			}
			assertThat(served(first, "/home?step=")).as("pages the first copy served").isNotEmpty();
			assertThat(served(second, "/home?step=")).as("pages the second copy served").isNotEmpty();
			assertThat(support.at(first.baseUrl()).get("/home").status()).isEqualTo(200);
			assertThat(support.at(second.baseUrl()).get("/home").status()).isEqualTo(200);

			// An event's e-mail, once: failed sign-ins spread over both copies lock the
			// username, and its user is told once.
			var address = "two-instances-" + UUID.randomUUID() + "@example.org";
			try (var owner = postgres.connect();
					var update = owner
						.prepareStatement("update user_account set email = ? where username = 'demo-manager'")) {
				update.setString(1, address);
				assertThat(update.executeUpdate()).isOne();
			}
			var guesser = new WebSession(through);
			for (int attempt = 0; attempt < 10; attempt++) {
				guesser.signIn("demo-manager", "not-the-password-" + attempt);
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(mail, address) == 1);
			await().during(Duration.ofSeconds(3))
				.atMost(Duration.ofSeconds(10))
				.until(() -> messagesTo(mail, address) == 1);

			// A scheduled job, once: both copies try it every second; one runs it, then
			// the lock holds for its minute and every other try is refused.
			var runs = new ArrayList<LocalDateTime>();
			for (var service : List.of(first, second)) {
				assertThat(lines(service, "Not executing '" + JOB + "'"))
					.as("%s tried the job and was refused", service.log().getFileName())
					.isNotEmpty();
				lines(service, "Court desk shift reminders for")
					.forEach(line -> runs.add(LocalDateTime.parse(line.substring(0, 23))));
			}
			runs.sort(null);
			assertThat(runs).isNotEmpty();
			for (int i = 1; i < runs.size(); i++) {
				assertThat(Duration.between(runs.get(i - 1), runs.get(i)))
					.isGreaterThanOrEqualTo(Duration.ofSeconds(59));
			}

			// One copy killed while three volunteers' phones record contacts through
			// the proxy: nothing acknowledged is lost or doubled.
			var acknowledged = new ConcurrentLinkedQueue<UUID>();
			var failures = new AtomicInteger();
			var recording = new AtomicBoolean(true);
			var clients = new ArrayList<Thread>();
			for (int c = 0; c < 3; c++) {
				var volunteer = new WebSession(through);
				assertThat(volunteer.signIn("demo-volunteer", PASSWORD)).isTrue();
				volunteer.get("/court-desk/contacts/new");
				var client = new Thread(() -> record(volunteer, acknowledged, failures, recording), "volunteer-" + c);
				client.start();
				clients.add(client);
			}
			Thread.sleep(2_000);
			int beforeKill = acknowledged.size();
			first.kill();
			Thread.sleep(4_000);
			recording.set(false);
			for (var client : clients) {
				client.join(60_000);
				assertThat(client.isAlive()).isFalse();
			}
			assertThat(beforeKill).isPositive();
			assertThat(acknowledged.size()).isGreaterThan(beforeKill);
			System.out.printf(
					"Two instances: %d contacts acknowledged (%d before the kill), %d failed requests sent again%n",
					acknowledged.size(), beforeKill, failures.get());
			try (var owner = postgres.connect(); var count = owner.prepareStatement("""
					select count(*), count(distinct c.idempotency_key) from court_desk_contact c
					join user_account u on u.id = c.recorded_by and u.username = 'demo-volunteer'
					where c.idempotency_key = any (?)
					""")) {
				count.setArray(1, owner.createArrayOf("uuid", acknowledged.toArray()));
				try (var rows = count.executeQuery()) {
					rows.next();
					assertThat(rows.getLong(1)).as("contacts stored").isEqualTo(acknowledged.size());
					assertThat(rows.getLong(2)).as("distinct keys stored").isEqualTo(acknowledged.size());
				}
			}
		}
		finally {
			if (proxy != null) {
				proxy.destroy();
				proxy.waitFor();
			}
			mail.stop();
		}
	}

	private ServiceProcess start(String name, ExternalPostgres postgres, GreenMail mail) throws IOException {
		var environment = new HashMap<>(postgres.serviceEnvironment());
		environment.put("FAMILYMATTERS_DEMO_ENABLED", "true");
		return ServiceProcess.start(name, ExternalPostgres.freePort(), this.directory, environment,
				"--server.forward-headers-strategy=native", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + mail.getSmtp().getPort(), "--familymatters.events.retry-interval=PT1S",
				"--familymatters.courtdesk.reminders.cron=* * * * * *", "--logging.level.net.javacrumbs.shedlock=DEBUG",
				"--familymatters.sign-in.account.first-delay=PT0.01S",
				"--familymatters.sign-in.account.max-delay=PT0.02S", "--server.tomcat.accesslog.enabled=true",
				"--server.tomcat.accesslog.directory=" + this.directory,
				"--server.tomcat.accesslog.prefix=" + name + "-access", "--server.tomcat.accesslog.buffered=false",
				"--server.tomcat.accesslog.pattern=%r %s");
	}

	/**
	 * Records contacts one after another until told to stop; a contact whose request
	 * failed is sent again, with the same key, until it is acknowledged.
	 */
	private static void record(WebSession volunteer, ConcurrentLinkedQueue<UUID> acknowledged, AtomicInteger failures,
			AtomicBoolean recording) {
		long deadline = System.nanoTime() + Duration.ofSeconds(50).toNanos();
		while (recording.get() && System.nanoTime() < deadline) {
			try {
				// A volunteer's steady pace, not as fast as the cores allow.
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			var key = UUID.randomUUID();
			var form = CourtDeskContactData.anonymous(key);
			while (System.nanoTime() < deadline) {
				try {
					var response = volunteer.post("/court-desk/contacts", form);
					if (response.status() == 302 && response.location().contains("/recorded")) {
						acknowledged.add(key);
						break;
					}
				}
				catch (IOException ex) {
					// Cut off with the copy that was killed: sent again.
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				failures.incrementAndGet();
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/** Where nginx is; a clear failure when it is not installed. */
	private static Path nginx() {
		var path = new ArrayList<>(Arrays.asList(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		path.addAll(List.of("/usr/sbin", "/usr/local/sbin"));
		return path.stream()
			.map(dir -> Path.of(dir, "nginx"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"nginx is needed for this test (Debian's package nginx): .ci/run installs it; on your own machine, apt-get install nginx"));
	}

	/**
	 * nginx in front of both copies, as an unprivileged process with everything in the
	 * test's directory: round robin, a request that cannot reach one copy sent to the
	 * other (only when it is idempotent, or was never sent), the forwarded headers set.
	 */
	private Process startNginx(Path nginx, int port, ServiceProcess first, ServiceProcess second)
			throws IOException, InterruptedException {
		var home = this.directory.resolve("nginx");
		Files.createDirectories(home.resolve("logs"));
		Files.createDirectories(home.resolve("temp"));
		var configuration = Files.readString(Path.of("docs/nginx/family-matters.conf"))
			.replace("server 127.0.0.1:8081", "server 127.0.0.1:" + first.port())
			.replace("server 127.0.0.1:8082", "server 127.0.0.1:" + second.port())
			.replace("listen 80", "listen 127.0.0.1:" + port);
		var user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
		Files.writeString(home.resolve("nginx.conf"), user + """
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/logs/error.log warn;
				events { worker_connections 256; }
				http {
				    access_log %1$s/logs/access.log;
				    client_body_temp_path %1$s/temp/body;
				    proxy_temp_path %1$s/temp/proxy;
				    fastcgi_temp_path %1$s/temp/fastcgi;
				    uwsgi_temp_path %1$s/temp/uwsgi;
				    scgi_temp_path %1$s/temp/scgi;
				%2$s
				}
				""".formatted(home, configuration.indent(4)));
		var process = new ProcessBuilder(nginx.toString(), "-p", home.toString(), "-c",
				home.resolve("nginx.conf").toString(), "-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("logs/console.log").toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("nginx stopped: " + Files.readString(home.resolve("logs/console.log"))
						+ Files.readString(home.resolve("logs/error.log")));
			}
			try (var socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return process;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not listen on " + port);
	}

	/** The requests a copy served (its access log) whose line contains the text. */
	private List<String> served(ServiceProcess service, String text) throws IOException {
		try (Stream<Path> files = Files.list(this.directory)) {
			var log = files
				.filter(f -> f.getFileName()
					.toString()
					.startsWith(service.log().getFileName().toString().replace(".log", "-access")))
				.findFirst();
			if (log.isEmpty()) {
				return List.of();
			}
			return Files.readAllLines(log.get()).stream().filter(l -> l.contains(text) && l.endsWith(" 200")).toList();
		}
	}

	private static List<String> lines(ServiceProcess service, String text) throws IOException {
		return Files.readAllLines(service.log()).stream().filter(l -> l.contains(text)).toList();
	}

	private static long messagesTo(GreenMail mail, String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).count();
	}

}
