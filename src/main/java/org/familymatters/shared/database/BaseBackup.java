package org.familymatters.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A base backup of the embedded PostgreSQL taken while the service runs, with the
 * server's own low-level backup API (PostgreSQL's "Continuous Archiving" chapter; ADR
 * 0021): the embedded binaries have no {@code pg_basebackup} or {@code pg_dump}.
 * <p>
 * A temporary replication slot keeps every WAL segment from before the backup until the
 * session ends; {@code pg_backup_start} checkpoints; the data directory is copied file by
 * file while writes go on; {@code pg_backup_stop} ends the backup and switches to a new
 * WAL segment; its {@code backup_label} (and tablespace map) is written into the copy,
 * with the WAL segments from the backup's start to its end. The copy is then a data
 * directory that starts on its own: PostgreSQL replays that WAL and is consistent as of
 * the end of the backup. It is written to {@code <target>.partial} and renamed to the
 * target only when complete.
 */
final class BaseBackup {

	/**
	 * The file in a backup that says when it was taken and where its WAL starts and ends.
	 */
	static final String INFO = "familymatters-backup.properties";

	private static final String PARTIAL = ".partial";

	/** Directories whose contents a backup leaves out (as pg_basebackup does). */
	private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
			"pg_snapshots", "pg_stat_tmp", "pg_subtrans");

	/** Files a backup leaves out wherever they are. */
	private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
			"backup_label.old", "tablespace_map", "current_logfiles", "pg_internal.init", "standby.signal",
			"recovery.signal", "backup_manifest", INFO);

	private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

	private static final Pattern START_FILE = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

	private BaseBackup() {
	}

	/**
	 * Takes a backup of the server whose data is in {@code dataDirectory} through
	 * {@code connection} (a superuser's), into {@code target}, which must not exist.
	 */
	static Taken take(Connection connection, Path dataDirectory, Path target, Clock clock) {
		var data = dataDirectory.toAbsolutePath().normalize();
		var finalTarget = target.toAbsolutePath().normalize();
		if (Files.exists(finalTarget)) {
			throw new IllegalStateException("The backup's directory exists already: " + finalTarget);
		}
		var partial = finalTarget.resolveSibling(finalTarget.getFileName() + PARTIAL);
		try {
			deleteTree(partial);
			Files.createDirectories(partial.getParent());
			createOwnerOnly(partial);
			var label = "familymatters " + finalTarget.getFileName();
			try (var statement = connection.createStatement()) {
				statement.execute("select pg_create_physical_replication_slot('familymatters_backup_"
						+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + "', true, true)");
			}
			var started = clock.instant();
			String startLsn;
			try (var start = connection.prepareStatement("select pg_backup_start(?, true)")) {
				start.setString(1, label);
				try (var result = start.executeQuery()) {
					result.next();
					startLsn = result.getString(1);
				}
			}
			copyData(data, partial);
			String stopLsn;
			String labelFile;
			String tablespaceMap;
			String stopFile;
			try (var statement = connection.createStatement();
					var stop = statement.executeQuery(
							"select lsn, labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(false)")) {
				stop.next();
				stopLsn = stop.getString(1);
				labelFile = stop.getString(2);
				tablespaceMap = stop.getString(3);
				stopFile = stop.getString(4);
			}
			Files.writeString(partial.resolve("backup_label"), labelFile, StandardCharsets.UTF_8);
			if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
				Files.writeString(partial.resolve("tablespace_map"), tablespaceMap, StandardCharsets.UTF_8);
			}
			var matcher = START_FILE.matcher(labelFile);
			if (!matcher.find()) {
				throw new IllegalStateException("PostgreSQL's backup label names no start WAL file:\n" + labelFile);
			}
			var segments = copyWal(data, partial, matcher.group(1), stopFile);
			var finished = clock.instant();
			var taken = new Taken(finalTarget, started, finished, startLsn, stopLsn, segments);
			Files.writeString(partial.resolve(INFO), taken.describe(), StandardCharsets.UTF_8);
			Files.move(partial, finalTarget, StandardCopyOption.ATOMIC_MOVE);
			return taken;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			try {
				deleteTree(partial);
			}
			catch (IOException cleanUp) {
				ex.addSuppressed(cleanUp);
			}
			throw new IllegalStateException("The base backup to " + finalTarget + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The complete backups in a directory (not those still being written), oldest first.
	 */
	static List<Path> complete(Path directory) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.filter(path -> Files.isRegularFile(path.resolve(INFO)))
				.filter(path -> !path.getFileName().toString().endsWith(PARTIAL))
				.sorted()
				.toList();
		}
	}

	/**
	 * Copies the data directory, files as they are at the moment each is read (the WAL
	 * replayed at start mends them), leaving out what pg_basebackup leaves out. A file
	 * that goes while the copy runs is left out too: the WAL says what became of it.
	 */
	private static void copyData(Path data, Path target) throws IOException {
		Files.walkFileTree(data, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				if (!dir.equals(data) && isTemporary(dir)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				var copy = target.resolve(data.relativize(dir).toString());
				if (!dir.equals(data)) {
					createOwnerOnly(copy);
				}
				var relative = data.relativize(dir).toString();
				if (EMPTIED.contains(relative)) {
					if ("pg_wal".equals(relative)) {
						createOwnerOnly(copy.resolve("archive_status"));
						createOwnerOnly(copy.resolve("summaries"));
					}
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				var name = file.getFileName().toString();
				if (LEFT_OUT.contains(name) || isTemporary(file)) {
					return FileVisitResult.CONTINUE;
				}
				try {
					Files.copy(file, target.resolve(data.relativize(file).toString()),
							StandardCopyOption.COPY_ATTRIBUTES);
				}
				catch (NoSuchFileException gone) {
					// Dropped or rewritten while the copy ran: the WAL replays it.
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}

		});
	}

	/**
	 * Copies the WAL segments from the one the backup started in to the one it ended in,
	 * and any timeline history; how many segments.
	 */
	private static int copyWal(Path data, Path target, String startFile, String stopFile) throws IOException {
		var wal = data.resolve("pg_wal");
		int copied = 0;
		try (Stream<Path> files = Files.list(wal)) {
			for (var file : files.toList()) {
				var name = file.getFileName().toString();
				boolean segment = SEGMENT.matcher(name).matches() && name.compareTo(startFile) >= 0
						&& name.compareTo(stopFile) <= 0;
				if (segment || name.endsWith(".history")) {
					Files.copy(file, target.resolve("pg_wal").resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
					copied += segment ? 1 : 0;
				}
			}
		}
		if (copied == 0) {
			throw new IllegalStateException("No WAL segment from " + startFile + " to " + stopFile + " was found");
		}
		return copied;
	}

	private static boolean isTemporary(Path path) {
		return path.getFileName().toString().startsWith("pgsql_tmp");
	}

	private static void createOwnerOnly(Path directory) throws IOException {
		try {
			Files.createDirectory(directory,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
		}
		catch (FileAlreadyExistsException exists) {
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
		}
	}

	static void deleteTree(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (var path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * A backup taken: where it is, when it started (every write acknowledged before then
	 * is in it) and finished, and its WAL.
	 */
	record Taken(Path directory, Instant started, Instant finished, String startLsn, String stopLsn, int walSegments) {

		String describe() {
			return "# A base backup of the Family Matters embedded database (docs/backup-and-restore.md)\n" + "started="
					+ started + "\nfinished=" + finished + "\nstart-lsn=" + startLsn + "\nstop-lsn=" + stopLsn
					+ "\nwal-segments=" + walSegments + "\n";
		}

	}

}
