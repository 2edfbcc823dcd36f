package org.familymatters.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.familymatters.shared.security.Secrets;

/**
 * The embedded PostgreSQL's password: made at the server's first start, kept in its data
 * directory in a file only the service's user can read ({@value #FILE}), and required of
 * every connection (scram-sha-256), local ones included.
 */
final class EmbeddedDatabasePassword {

	/** The file in the data directory that holds the password. */
	static final String FILE = "familymatters-password";

	private static final Pattern TRUST = Pattern.compile("\\btrust\\s*$", Pattern.MULTILINE);

	private EmbeddedDatabasePassword() {
	}

	static boolean exists(Path directory) {
		return Files.isRegularFile(directory.resolve(FILE));
	}

	static String read(Path directory) {
		try {
			return Files.readString(directory.resolve(FILE), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the embedded database's password in " + directory, ex);
		}
	}

	/**
	 * Another role's password, derived from the owner's (HMAC-SHA256, URL-safe Base64):
	 * the same at every start, and kept nowhere.
	 */
	static String derived(String password, String role) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(("role:" + role).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	static void write(Path directory, String password) throws IOException {
		var file = directory.resolve(FILE);
		Files.deleteIfExists(file);
		createOwnerOnly(file);
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
	}

	/**
	 * A file for initdb's --pwfile, outside the data directory (which initdb needs
	 * empty).
	 */
	static Path temporary(String password) throws IOException {
		var file = Files.createTempFile("familymatters-pw-", ".tmp");
		Files.delete(file);
		createOwnerOnly(file);
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
		return file;
	}

	/**
	 * Gives a server made before it had a password one: sets the superuser's password,
	 * keeps it, and from then on requires it of every connection.
	 */
	static void require(EmbeddedPostgres postgres, Path directory) throws IOException {
		var password = Secrets.newSecret();
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			// The secret is URL-safe Base64: nothing in it needs quoting.
			statement.execute("alter role postgres password '" + password + "'");
			write(directory, password);
			var hba = directory.resolve("pg_hba.conf");
			Files.writeString(hba, TRUST.matcher(Files.readString(hba)).replaceAll("scram-sha-256"));
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not give the embedded database a password", ex);
		}
	}

	private static void createOwnerOnly(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		else {
			Files.createFile(file);
			var handle = file.toFile();
			handle.setReadable(false, false);
			handle.setReadable(true, true);
			handle.setWritable(false, false);
			handle.setWritable(true, true);
		}
	}

}
