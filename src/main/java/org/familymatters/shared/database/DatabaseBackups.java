package org.familymatters.shared.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Base backups of the embedded database ({@link BaseBackup}), taken while the service
 * runs: on the cron of {@code familymatters.database.backup.cron} (off by default;
 * {@code 0 0 3 * * *} is every night at 03:00) into a directory of its own named for the
 * moment under {@code familymatters.database.backup.directory}, keeping the newest
 * {@code familymatters.database.backup.keep}; or once with the command
 * {@code --database.backup=<directory>}, which then stops the service (exit status 0, or
 * 1 when the backup failed). With an external PostgreSQL, its own tools do this
 * (docs/backup-and-restore.md).
 */
@Component
@Conditional(NoExternalDatabase.class)
@Order(1)
class DatabaseBackups implements ApplicationRunner {

	static final String OPTION = "database.backup";

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackups.class);

	private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'base-'yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final EmbeddedPostgres postgres;

	private final EmbeddedDatabaseProperties database;

	private final Path directory;

	private final int keep;

	private final Clock clock;

	private final ConfigurableApplicationContext context;

	private final boolean exitAfterCommand;

	DatabaseBackups(EmbeddedPostgres postgres, EmbeddedDatabaseProperties database,
			@Value("${familymatters.database.backup.directory:./data/backups}") Path directory,
			@Value("${familymatters.database.backup.keep:7}") int keep, Clock clock,
			ConfigurableApplicationContext context,
			@Value("${familymatters.identity.exit-after-command:true}") boolean exitAfterCommand) {
		this.postgres = postgres;
		this.database = database;
		this.directory = directory;
		this.keep = keep;
		this.clock = clock;
		this.context = context;
		this.exitAfterCommand = exitAfterCommand;
	}

	@Override
	public void run(ApplicationArguments args) {
		var values = args.getOptionValues(OPTION);
		if (values == null) {
			return;
		}
		int status;
		if (values.isEmpty() || values.get(0).isBlank()) {
			log.error("--{}=<directory>: name the directory to write the backup to (it must not exist)", OPTION);
			status = 2;
		}
		else {
			try {
				var taken = take(Path.of(values.get(0)));
				System.out.println("Base backup written to " + taken.directory() + " (" + taken.walSegments()
						+ " WAL segments; consistent as of " + taken.finished() + ")");
				status = 0;
			}
			catch (IllegalStateException ex) {
				log.error(ex.getMessage(), ex);
				status = 1;
			}
		}
		if (this.exitAfterCommand) {
			int exit = status;
			System.exit(SpringApplication.exit(this.context, () -> exit));
		}
	}

	/**
	 * Takes a backup into a new directory named for the moment, then removes the oldest
	 * complete backups beyond the number kept.
	 */
	@Scheduled(cron = "${familymatters.database.backup.cron:-}", zone = "Europe/London")
	@SchedulerLock(name = "database-base-backup", lockAtMostFor = "PT6H")
	void onSchedule() {
		var taken = take(this.directory.resolve(NAME.format(this.clock.instant())));
		log.info("Base backup written to {} ({} WAL segments, {} to {})", taken.directory(), taken.walSegments(),
				taken.started(), taken.finished());
		try {
			var backups = BaseBackup.complete(this.directory);
			for (var old : backups.subList(0, Math.max(0, backups.size() - Math.max(1, this.keep)))) {
				BaseBackup.deleteTree(old);
				log.info("Removed the old base backup {}", old);
			}
		}
		catch (IOException ex) {
			log.warn("Could not remove old base backups in {}: {}", this.directory, ex.getMessage());
		}
	}

	/** Takes one backup into {@code target}, which must not exist. */
	BaseBackup.Taken take(Path target) {
		var data = this.database.dataDirectory().toAbsolutePath().normalize();
		try (var connection = DriverManager.getConnection(
				this.postgres.getJdbcUrl("postgres", EmbeddedDatabaseConfiguration.DATABASE), "postgres",
				EmbeddedDatabasePassword.read(data))) {
			return BaseBackup.take(connection, data, target, this.clock);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not connect to the embedded database for a backup", ex);
		}
	}

}
