package org.familymatters.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.familymatters.FamilyMattersApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start writes the first administrator's one-time password once to the console
 * (standard output), never to the log at WARN, with how long it lasts (24 hours) and the
 * command that issues a new one; the command does, for the named administrator only
 * (issue 12, item 4). Isolated: it reads everything the run writes to the console.
 */
@ExtendWith(OutputCaptureExtension.class)
@Isolated
class FirstStartTest {

	private static final Pattern PASSWORD = Pattern
		.compile("(?m)^    ([a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4})$");

	@TempDir
	Path directory;

	@Test
	void theFirstAdministratorsPasswordIsOnTheConsoleOnceAndTheCommandIssuesANewOne(CapturedOutput output) {
		try (var service = new SpringApplicationBuilder(FamilyMattersApplication.class)
			.properties("spring.main.banner-mode=off")
			.run("--server.port=0", "--familymatters.database.embedded.data-directory=" + directory.resolve("postgres"),
					"--familymatters.demo.enabled=false", "--familymatters.identity.exit-after-command=false",
					"--identity.one-time-password=admin", "--identity.one-time-password=nobody")) {
			var console = output.getOut();
			assertThat(console).contains("First start: created the administrator 'admin' with the one-time password")
				.contains("within 24 hours")
				.contains("--identity.one-time-password=admin")
				.contains("A new one-time password for the administrator 'admin'");
			var passwords = PASSWORD.matcher(console).results().map(match -> match.group(1)).toList();
			assertThat(passwords).as("the first password, then the command's").hasSize(2).doesNotHaveDuplicates();
			assertThat(output.getAll().lines().filter(line -> line.contains(" WARN ")))
				.as("nothing about the one-time password is logged at WARN")
				.noneMatch(line -> line.contains("one-time password") || passwords.stream().anyMatch(line::contains));
			assertThat(output.getAll()).as("the command names what it refused")
				.contains("No administrator has the username \"nobody\"");

			var admin = service.getBean(UserAccounts.class).findByUsername("admin").orElseThrow();
			var encoder = service.getBean(PasswordEncoder.class);
			assertThat(encoder.matches(passwords.get(1), admin.passwordHash())).isTrue();
			assertThat(encoder.matches(passwords.get(0), admin.passwordHash())).as("the first no longer works")
				.isFalse();
			assertThat(admin.mustChangePassword()).isTrue();
			assertThat(Duration.between(admin.passwordChangedAt(), admin.oneTimePasswordExpiresAt()))
				.isEqualTo(Duration.ofHours(24));
		}
	}

}
