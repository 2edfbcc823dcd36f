package org.familymatters.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;

import io.gatling.app.Gatling$;
import org.familymatters.support.ExternalPostgres;
import org.familymatters.support.ServiceProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load test kept alive in the normal build: the packaged service on a PostgreSQL of
 * its own with the demo data and the {@code demo} size of synthetic data (its generated
 * support workers are the practitioners), and {@link FamilyMattersSimulation} in its
 * smoke mode (one person per scenario, once through) run by Gatling in this process.
 * Gatling's assertions (no failed request, every scenario's last request answered) make
 * its exit code non-zero when one fails. The report is kept in {@code target/load-smoke}.
 */
@Tag("operations")
class LoadSmokeTest {

	private static final Path RESULTS = Path.of("target", "load-smoke");

	@Test
	void everyScenarioGoesThroughWithoutAFailedRequest(@TempDir Path directory) throws Exception {
		try (var postgres = ExternalPostgres.create(directory.resolve("postgres"))) {
			var environment = new HashMap<>(postgres.serviceEnvironment());
			environment.put("FAMILYMATTERS_DEMO_ENABLED", "true");
			try (var service = ServiceProcess.start("service", ExternalPostgres.freePort(), directory, environment,
					"--generate=demo", "--familymatters.generate.exit-after=false")) {
				service.awaitReady(Duration.ofSeconds(120));
				Files.createDirectories(RESULTS);
				int exit = gatling(service.baseUrl());
				assertThat(exit)
					.as("Gatling's exit code (its assertions are above in the output); the service's log:\n%s",
							service.tail(40))
					.isZero();
				assertThat(LoadSummary.newestRun(RESULTS)).isPresent();
			}
		}
	}

	private static int gatling(String baseUrl) {
		System.setProperty("perf.baseUrl", baseUrl);
		System.setProperty("perf.smoke", "true");
		System.setProperty("perf.size", "demo");
		try {
			return Gatling$.MODULE$.fromArgs(new String[] { "--simulation", FamilyMattersSimulation.class.getName(),
					"--results-folder", RESULTS.toAbsolutePath().toString(), "--run-description", "smoke" });
		}
		finally {
			System.clearProperty("perf.baseUrl");
			System.clearProperty("perf.smoke");
			System.clearProperty("perf.size");
		}
	}

}
