package org.familymatters.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.support.ExternalPostgres;
import org.familymatters.support.ServiceProcess;
import org.familymatters.support.WebSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A base backup of the embedded database, taken while the service runs and a volunteer
 * goes on recording court desk contacts, restored into a fresh data directory: the
 * restored service starts, every contact acknowledged before the backup started is there
 * exactly once, and the audit trail's hash chain verifies (docs/backup-and-restore.md).
 */
@Tag("operations")
class BackupRestoreTest {

	private static final String PASSWORD = "family-matters-demo";

	@TempDir
	Path directory;

	@Test
	void aBackupTakenWhileContactsAreRecordedRestoresWithEveryEarlierContactAndAnUnbrokenAuditChain() throws Exception {
		var backups = this.directory.resolve("backups");
		var acknowledged = new ConcurrentLinkedQueue<Acknowledged>();
		var writing = new AtomicBoolean(true);
		BackupInfo backup;
		try (var service = ServiceProcess
			.start("original", ExternalPostgres.freePort(), this.directory,
					Map.of("FAMILYMATTERS_DEMO_ENABLED", "true"),
					"--familymatters.database.embedded.data-directory=" + this.directory.resolve("data"),
					"--familymatters.database.backup.directory=" + backups,
					"--familymatters.database.backup.cron=*/2 * * * * *")
			.awaitReady(Duration.ofSeconds(90))) {
			var volunteer = new WebSession(service.baseUrl());
			assertThat(volunteer.signIn("demo-volunteer", PASSWORD)).isTrue();
			volunteer.get("/court-desk/contacts/new");
			var writer = new Thread(() -> record(volunteer, acknowledged, writing), "contacts");
			writer.start();
			try {
				backup = awaitBackupAfter(backups, acknowledged, 10, Duration.ofSeconds(40));
				var finished = backup.finished();
				await(() -> acknowledged.stream().filter(a -> a.at().isAfter(finished)).count() >= 5,
						Duration.ofSeconds(20));
			}
			finally {
				writing.set(false);
				writer.join(30_000);
			}
			assertThat(writer.isAlive()).isFalse();
			service.stop();
		}
		var before = acknowledged.stream()
			.filter(a -> a.at().isBefore(backup.started()))
			.map(Acknowledged::key)
			.toList();
		var during = acknowledged.stream()
			.filter(a -> !a.at().isBefore(backup.started()) && !a.at().isAfter(backup.finished()))
			.count();
		assertThat(before).hasSizeGreaterThanOrEqualTo(10);
		System.out.printf("Backup %s: %d contacts acknowledged before it started, %d while it ran, %d in all%n",
				backup.directory().getFileName(), before.size(), during, acknowledged.size());

		// Restored as the operator would: the backup copied into a fresh data directory.
		var restored = this.directory.resolve("restored");
		var copy = new ProcessBuilder("cp", "-a", backup.directory().toString(), restored.toString()).inheritIO()
			.start();
		assertThat(copy.waitFor()).isZero();
		int databasePort = ExternalPostgres.freePort();
		try (var service = ServiceProcess
			.start("restored", ExternalPostgres.freePort(), this.directory,
					Map.of("FAMILYMATTERS_DEMO_ENABLED", "true"),
					"--familymatters.database.embedded.data-directory=" + restored,
					"--familymatters.database.embedded.port=" + databasePort, "--audit.verify",
					"--familymatters.identity.exit-after-command=false")
			.awaitReady(Duration.ofSeconds(90))) {
			assertThat(Files.readString(service.log())).contains("Audit trail: Unbroken");
			var password = Files.readString(restored.resolve("familymatters-password"), StandardCharsets.UTF_8).strip();
			try (var connection = DriverManager
				.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/familymatters", "postgres", password);
					var statement = connection.prepareStatement("""
							select c.idempotency_key, count(*) from court_desk_contact c
							join identity_user u on u.id = c.recorded_by and u.username = 'demo-volunteer'
							where c.idempotency_key = any (?) group by c.idempotency_key
							""")) {
				statement.setArray(1, connection.createArrayOf("uuid", before.toArray()));
				int found = 0;
				try (var rows = statement.executeQuery()) {
					while (rows.next()) {
						assertThat(rows.getLong(2)).as("copies of contact %s", rows.getObject(1)).isEqualTo(1);
						found++;
					}
				}
				assertThat(found).as("contacts acknowledged before the backup started").isEqualTo(before.size());
			}
		}
	}

	/** Records anonymous contacts one after another until told to stop. */
	private static void record(WebSession volunteer, ConcurrentLinkedQueue<Acknowledged> acknowledged,
			AtomicBoolean writing) {
		while (writing.get()) {
			var key = UUID.randomUUID();
			try {
				Thread.sleep(10);
				var response = volunteer.post("/court-desk/contacts", CourtDeskContactData.anonymous(key));
				if (response.status() == 302 && response.location().contains("/recorded")) {
					acknowledged.add(new Acknowledged(key, Instant.now()));
				}
				else {
					throw new IllegalStateException("A contact was refused: " + response.status() + " "
							+ response.location() + "\n" + response.body());
				}
			}
			catch (Exception ex) {
				writing.set(false);
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * The first complete backup that started after {@code writes} contacts were
	 * acknowledged.
	 */
	private static BackupInfo awaitBackupAfter(Path backups, ConcurrentLinkedQueue<Acknowledged> acknowledged,
			int writes, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			var enough = acknowledged.stream().skip(writes - 1).findFirst();
			if (enough.isPresent()) {
				for (var backup : complete(backups)) {
					if (backup.started().isAfter(enough.get().at())) {
						return backup;
					}
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No backup started after " + writes + " contacts within " + timeout + " ("
				+ acknowledged.size() + " acknowledged; backups: " + complete(backups) + ")");
	}

	private static List<BackupInfo> complete(Path backups) throws Exception {
		if (!Files.isDirectory(backups)) {
			return List.of();
		}
		try (var entries = Files.list(backups)) {
			return entries.filter(p -> Files.isRegularFile(p.resolve("familymatters-backup.properties")))
				.filter(p -> !p.getFileName().toString().endsWith(".partial"))
				.sorted()
				.map(BackupRestoreTest::info)
				.toList();
		}
	}

	private static BackupInfo info(Path backup) {
		try (var reader = Files.newBufferedReader(backup.resolve("familymatters-backup.properties"))) {
			var properties = new Properties();
			properties.load(reader);
			return new BackupInfo(backup, Instant.parse(properties.getProperty("started")),
					Instant.parse(properties.getProperty("finished")));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void await(java.util.function.BooleanSupplier condition, Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Not so within " + timeout);
			}
			Thread.sleep(100);
		}
	}

	/** A contact the service acknowledged, by its idempotency key, and when. */
	private record Acknowledged(UUID key, Instant at) {
	}

	/** A complete backup: where, and when it started and finished. */
	private record BackupInfo(Path directory, Instant started, Instant finished) {
	}

}
