package org.familymatters.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LoadSummaryTest {

	@Test
	void readsEveryRequestOfTheReportsStatisticsTableByItsHeadings() throws IOException {
		var requests = LoadSummary.read(report());
		assertThat(requests).extracting(LoadSummary.Request::name).containsExactly("ceiling", "sign in", "family page");
		var family = requests.get(2);
		assertThat(family.count()).isEqualTo(12000);
		assertThat(family.errors()).isEqualTo(3);
		assertThat(family.p50()).isEqualTo(10);
		assertThat(family.p95()).isEqualTo(20);
		assertThat(family.p99()).isEqualTo(30);
		assertThat(family.perSecond()).isEqualTo(200);
		assertThat(family.mean()).isEqualTo(8);
	}

	@Test
	void givesEachRequestsThroughputAndCostAsRatiosToTheCeilingsWithTheCeilingFirst() throws IOException {
		var table = LoadSummary.markdown(LoadSummary.read(report())).lines().toList();
		assertThat(table.get(0)).startsWith("| request | count | errors | p50 ms | p95 ms | p99 ms | req/s");
		assertThat(table.get(2)).isEqualTo("| ceiling | 60,000 | 0 | 2 | 8 | 12 | 1000.0 | 100% | 100% |");
		assertThat(table.get(3)).isEqualTo("| family page | 12,000 | 3 | 10 | 20 | 30 | 200.0 | 20% | 50% |");
		assertThat(table.get(4)).isEqualTo("| sign in | 640 | 0 | 90 | 180 | 250 | 10.7 | 1% | 4% |");
	}

	@Test
	void saysWhichColumnIsMissingWhenGatlingsTableChanges() throws IOException {
		var changed = report().replace("95th pct", "90th pct");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadSummary.read(changed))
			.withMessageContaining("95th pct");
	}

	@Test
	void writesTheSummaryOfTheNewestRunBesideTheRuns(@TempDir Path results) throws IOException {
		var run = Files.createDirectories(results.resolve("familymatterssimulation-1"));
		Files.writeString(run.resolve("index.html"), report());
		assertThat(LoadSummary.summarise(results)).hasSize(3);
		assertThat(Files.readString(results.resolve("summary.md"))).contains("| family page | 12,000 | 3 |");
		assertThatIllegalStateException().isThrownBy(() -> LoadSummary.main(new String[] { results.toString() }))
			.withMessage("3 requests failed (Gatling's report says which and why)");
	}

	private static String report() throws IOException {
		try (var in = LoadSummaryTest.class.getResourceAsStream("/load-gatling-report.html")) {
			return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
