package org.familymatters.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.ExternalPostgres;
import org.familymatters.support.ServiceProcess;
import org.familymatters.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crash loses nothing acknowledged (docs/resilience.md): people write at a steady rate
 * (a volunteer records court desk contacts; a support worker adds timeline entries,
 * refers families and declines referrals, each decline e-mailing the referrer; a member
 * of the public asks for support), each write with an idempotency key of its own. The
 * service is killed with SIGKILL mid-run and started again on the same database; each
 * client sends its unacknowledged write again with the same key, as a browser's user
 * would. Then every acknowledged write is there exactly once, and every decision's
 * e-mail, queued in the event publication registry when the service died, arrives exactly
 * once.
 */
@Tag("operations")
class CrashTest {

	private static final String PASSWORD = "family-matters-demo";

	/** How long the clients write before the kill, and after the restart. */
	private static final Duration WRITING = Duration.ofSeconds(6);

	/** The pause between one client's writes. */
	private static final Duration PACE = Duration.ofMillis(120);

	@TempDir
	Path directory;

	private final AtomicBoolean writing = new AtomicBoolean(true);

	private final List<Throwable> failures = new CopyOnWriteArrayList<>();

	/** The service now running, killed at the end whatever happens. */
	private ServiceProcess service;

	/** Writes sent more than once (the answer to an earlier try was lost). */
	private final AtomicInteger retried = new AtomicInteger();

	@Test
	void everyAcknowledgedWriteIsThereOnceAndEveryQueuedEmailArrivesOnce() throws Exception {
		var smtp = ExternalPostgres.freePort();
		var port = ExternalPostgres.freePort();
		var mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", "smtp"));
		mail.start();
		try (var postgres = ExternalPostgres.create(directory.resolve("postgres"))) {
			var environment = new LinkedHashMap<>(postgres.serviceEnvironment());
			environment.put("FAMILYMATTERS_DEMO_ENABLED", "true");
			environment.put("SPRING_MAIL_HOST", "127.0.0.1");
			environment.put("SPRING_MAIL_PORT", Integer.toString(smtp));
			environment.put("FAMILYMATTERS_EVENTS_RETRY_INTERVAL", "PT5S");
			service = ServiceProcess.start("crash-first", port, directory, environment)
				.awaitReady(Duration.ofSeconds(90));
			var base = service.baseUrl();
			var data = new Known(postgres);
			var contacts = new ConcurrentHashMap<UUID, Boolean>();
			var entries = new ConcurrentHashMap<UUID, Boolean>();
			var referrals = new ConcurrentHashMap<UUID, String>();
			var declined = new ConcurrentHashMap<UUID, String>();
			var requests = new ConcurrentHashMap<UUID, Boolean>();
			var clients = List.of(client("volunteer", () -> volunteer(base, contacts)),
					client("timeline", () -> timeline(base, data.family, entries)),
					client("referrer", () -> referrer(base, postgres, data.locality, referrals, declined)),
					client("public", () -> askForSupport(base, data.locality, requests)));
			clients.forEach(Thread::start);

			Thread.sleep(WRITING.toMillis());
			int before = contacts.size() + entries.size() + referrals.size() + requests.size();
			service.kill();
			long killed = System.nanoTime();
			service = ServiceProcess.start("crash-second", port, directory, environment)
				.awaitReady(Duration.ofSeconds(90));
			System.out.printf("Crash test: ready again %.1f s after the kill%n", (System.nanoTime() - killed) / 1e9);
			Thread.sleep(WRITING.toMillis());
			this.writing.set(false);
			for (var client : clients) {
				client.join(Duration.ofSeconds(30).toMillis());
				assertThat(client.isAlive()).as(client.getName() + " finished its last write").isFalse();
			}
			assertThat(this.failures).isEmpty();
			assertThat(before).as("writes acknowledged before the kill").isPositive();

			try (var connection = postgres.connect()) {
				assertOnce(connection, "court_desk_contact", contacts.keySet());
				assertOnce(connection, "timeline_entry", entries.keySet());
				assertOnce(connection, "referral", referrals.keySet());
				assertOnce(connection, "referral", requests.keySet());
				assertThat(count(connection, "select count(*) from timeline_entry where summary like 'Crash test %'"))
					.as("timeline entries, none stored twice")
					.isEqualTo(entries.size());
				assertThat(count(connection, "select count(*) from referral where referrer_email like 'crash-%'"))
					.as("staff referrals, none stored twice")
					.isEqualTo(referrals.size());
				assertThat(count(connection,
						"select count(*) from referral where reason like 'Crash test %' and source = 'self'"))
					.as("requests for support, none stored twice")
					.isEqualTo(requests.size());
				assertThat(count(connection, "select count(*) from court_desk_contact"))
					.as("court desk contacts, none stored twice (demo contacts have no key of this run)")
					.isEqualTo(
							count(connection, "select count(*) from court_desk_contact where idempotency_key not in ("
									+ quoted(contacts.keySet()) + ")") + contacts.size());
			}
			var addresses = Set.copyOf(declined.values());
			await().atMost(Duration.ofSeconds(30))
				.until(() -> recipients(mail).stream().filter(addresses::contains).count() >= addresses.size());
			var received = messageIds(mail);
			assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
			// Killed between the SMTP server's acceptance and the listener's commit, the
			// service sends that e-mail again on restart, under the same Message-ID,
			// which mail systems know as one message (ADR 0020).
			assertThat(received.values()).as("each decision e-mailed as one message").allMatch(ids -> ids.size() == 1);
			assertThat(declined.keySet()).as("each decision's Message-ID names its referral")
				.allMatch(id -> received.get(declined.get(id))
					.contains("<referral-decision-" + id + "@family-matters.invalid>"));
			long copies = recipients(mail).stream().filter(addresses::contains).count();
			System.out.printf(
					"Crash test: %d contacts, %d timeline entries, %d referrals (%d declined and e-mailed),"
							+ " %d requests for support; %d writes sent again after a lost answer;"
							+ " %d copies of the decision e-mails%n",
					contacts.size(), entries.size(), referrals.size(), declined.size(), requests.size(),
					this.retried.get(), copies);
			service.stop();
		}
		finally {
			if (this.service != null) {
				this.service.close();
			}
			mail.stop();
		}
	}

	/**
	 * Whether the clients go on writing, after a pause that keeps each at a steady rate
	 * (about eight writes a second each, more than a court desk or a caseload ever sees)
	 * rather than as fast as the cores allow: the test is about what a crash loses, not
	 * how much the service can take (the load test's).
	 */
	private boolean paced() throws InterruptedException {
		Thread.sleep(PACE.toMillis());
		return this.writing.get();
	}

	/** The volunteer records anonymous contacts at their court's desk. */
	private void volunteer(String base, Map<UUID, Boolean> acknowledged) throws Exception {
		var session = signedIn(base, "demo-volunteer");
		while (paced()) {
			var key = UUID.randomUUID();
			var form = CourtDeskContactData.anonymous(key);
			untilAcknowledged(session, "/court-desk/contacts/new", "/court-desk/contacts", form,
					location -> location.contains("/recorded"));
			acknowledged.put(key, true);
		}
	}

	/** The support worker adds notes to the timeline of a family they work with. */
	private void timeline(String base, UUID family, Map<UUID, Boolean> acknowledged) throws Exception {
		var session = signedIn(base, "demo-support");
		while (paced()) {
			var key = UUID.randomUUID();
			var today = ZonedDateTime.now(ServiceTime.ZONE);
			var form = Map.of("idempotencyKey", key.toString(), "kind", "call", "occurredOn.day",
					String.valueOf(today.getDayOfMonth()), "occurredOn.month", String.valueOf(today.getMonthValue()),
					"occurredOn.year", String.valueOf(today.getYear()), "summary", "Crash test call " + key);
			untilAcknowledged(session, "/families/" + family + "/timeline/new", "/families/" + family + "/timeline/new",
					form, location -> location.endsWith("/families/" + family));
			acknowledged.put(key, true);
		}
	}

	/**
	 * The support worker refers a family, then declines the referral: the decline e-mails
	 * the referrer, after its commit, through the event publication registry.
	 */
	private void referrer(String base, ExternalPostgres postgres, UUID locality, Map<UUID, String> referrals,
			Map<UUID, String> declined) throws Exception {
		var session = signedIn(base, "demo-support");
		while (paced()) {
			var key = UUID.randomUUID();
			var email = "crash-" + key + "@example.org";
			var form = new LinkedHashMap<String, String>();
			form.put("idempotencyKey", key.toString());
			form.put("localityId", locality.toString());
			form.put("source", "school");
			form.put("referrerName", "Crash test referrer");
			form.put("referrerEmail", email);
			form.put("referrerOrganisationName", "Crash test school");
			form.put("people[0].givenName", "Generated");
			form.put("people[0].familyName", "Crashtest");
			form.put("people[0].role", "CHILD");
			form.put("reason", "Crash test referral " + key);
			untilAcknowledged(session, "/referrals/new?localityId=" + locality, "/referrals/new", form,
					location -> location.endsWith("/referrals/sent"));
			referrals.put(key, email);
			UUID id;
			try (var connection = postgres.connect();
					var statement = connection.prepareStatement("select id from referral where idempotency_key = ?")) {
				statement.setObject(1, key);
				try (var rows = statement.executeQuery()) {
					rows.next();
					id = rows.getObject(1, UUID.class);
				}
			}
			// Declined at the version first seen: a retry after a lost answer finds it
			// decided already, and changes nothing.
			var decline = Map.of("version", "0", "declineReason", "Crash test: outside what we offer");
			untilAcknowledged(session, "/referrals/" + id, "/referrals/" + id + "/decline", decline,
					location -> location.endsWith("/referrals/" + id), 200, 409);
			declined.put(id, email);
		}
	}

	/** A member of the public asks for support, page by page, and sends it. */
	private void askForSupport(String base, UUID locality, Map<UUID, Boolean> acknowledged) throws Exception {
		while (paced()) {
			var session = new WebSession(base);
			var key = UUID.randomUUID();
			var pages = List.of(List.of("/ask-for-support/where", "localityId", locality.toString()),
					List.of("/ask-for-support/you", "givenName", "Generated", "familyName", "Asker", "role",
							"PARENT_OR_CARER"),
					List.of("/ask-for-support/contact", "phone", "01632 960000"), List.of("/ask-for-support/address"),
					List.of("/ask-for-support/story", "story", "Crash test request " + key));
			for (var page : pages) {
				var fields = new LinkedHashMap<String, String>();
				for (int i = 1; i + 1 < page.size(); i += 2) {
					fields.put(page.get(i), page.get(i + 1));
				}
				untilAcknowledged(session, page.get(0), page.get(0), fields, location -> !location.isEmpty());
			}
			untilAcknowledged(session, "/ask-for-support/check", "/ask-for-support/check",
					Map.of("agree", "true", "idempotencyKey", key.toString()),
					location -> location.endsWith("/ask-for-support/sent"));
			acknowledged.put(key, true);
		}
	}

	/**
	 * Reads the form's page, then sends the form, until the answer acknowledges it (a
	 * redirect that {@code acknowledges}, or {@code alsoDone}): a refused connection, a
	 * 503 or a lost answer are tried again with the same form, key and all, as a person
	 * would press Send again.
	 */
	private void untilAcknowledged(WebSession session, String page, String action, Map<String, String> form,
			java.util.function.Predicate<String> acknowledges, int... alsoDone) throws InterruptedException {
		int tries = 0;
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < deadline) {
			if (tries++ > 0) {
				this.retried.incrementAndGet();
				Thread.sleep(250);
			}
			try {
				var shown = session.get(page);
				if (shown.status() >= 500) {
					continue;
				}
				var answer = session.post(action, form);
				if (answer.status() == 302 && acknowledges.test(answer.location())) {
					return;
				}
				if (Arrays.stream(alsoDone).anyMatch(status -> status == answer.status()) && tries > 1) {
					return;
				}
				if (answer.status() < 500 && answer.status() != 403) {
					throw new AssertionError(action + " answered " + answer.status() + " " + answer.location() + "\n"
							+ answer.body().substring(0, Math.min(2000, answer.body().length())));
				}
			}
			catch (IOException lost) {
				// The service is down, or died before it answered: send it again.
			}
		}
		throw new AssertionError(action + " was never acknowledged");
	}

	private WebSession signedIn(String base, String username) throws IOException, InterruptedException {
		var session = new WebSession(base);
		assertThat(session.signIn(username, PASSWORD)).as(username + " signs in").isTrue();
		return session;
	}

	private Thread client(String name, Work work) {
		var thread = new Thread(() -> {
			try {
				work.run();
			}
			catch (Throwable failure) {
				this.failures.add(failure);
			}
		}, name);
		thread.setDaemon(true);
		return thread;
	}

	private static void assertOnce(java.sql.Connection connection, String table, Set<UUID> keys) throws SQLException {
		if (keys.isEmpty()) {
			return;
		}
		var counts = new LinkedHashMap<UUID, Long>();
		try (var statement = connection.createStatement();
				var rows = statement.executeQuery("select idempotency_key," + " count(*) from " + table
						+ " where idempotency_key in (" + quoted(keys) + ") group by 1")) {
			while (rows.next()) {
				counts.put(rows.getObject(1, UUID.class), rows.getLong(2));
			}
		}
		assertThat(counts.keySet()).as(table + ": every acknowledged write is there")
			.containsExactlyInAnyOrderElementsOf(keys);
		assertThat(counts.values()).as(table + ": each once").allMatch(n -> n == 1);
	}

	private static long count(java.sql.Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String quoted(Set<UUID> keys) {
		return keys.isEmpty() ? "null" : keys.stream().map(k -> "'" + k + "'").collect(Collectors.joining(","));
	}

	/** Each crash test recipient's distinct Message-IDs. */
	private static Map<String, Set<String>> messageIds(GreenMail mail) throws MessagingException {
		var ids = new LinkedHashMap<String, Set<String>>();
		for (var message : mail.getReceivedMessages()) {
			for (Address to : message.getAllRecipients()) {
				if (to.toString().startsWith("crash-")) {
					ids.computeIfAbsent(to.toString(), a -> new TreeSet<>()).add(message.getMessageID());
				}
			}
		}
		return ids;
	}

	private static List<String> recipients(GreenMail mail) throws MessagingException {
		var all = new ArrayList<String>();
		for (var message : mail.getReceivedMessages()) {
			for (Address to : message.getAllRecipients()) {
				all.add(to.toString());
			}
		}
		return all;
	}

	/**
	 * What the clients need from the demo data: a family and locality of demo-support.
	 */
	private static final class Known {

		final UUID family;

		final UUID locality;

		Known(ExternalPostgres postgres) throws SQLException {
			try (var connection = postgres.connect();
					var statement = connection.createStatement();
					var rows = statement.executeQuery("""
							select f.id, f.locality_id from family f join locality l on l.id = f.locality_id
							where l.name = 'Banbury' and f.status = 'active' and f.merged_into is null
							order by f.id limit 1
							""")) {
				assertThat(rows.next()).as("a demo family in Banbury, where demo-support works").isTrue();
				this.family = rows.getObject(1, UUID.class);
				this.locality = rows.getObject(2, UUID.class);
			}
		}

	}

	@FunctionalInterface
	private interface Work {

		void run() throws Exception;

	}

}
