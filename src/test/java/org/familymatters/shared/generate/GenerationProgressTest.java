package org.familymatters.shared.generate;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress bar of {@code --generate}: its line, the rate and time left, and how often
 * it is shown on a terminal and in a log; and the generated records' identifiers and
 * shares (pure rules, no Spring).
 */
class GenerationProgressTest {

	private final AtomicLong nanos = new AtomicLong();

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

	@Test
	void theLineGivesTheShareTheRateAndTheTimeLeft() {
		var progress = new GenerationProgress(1_000_000, out, false, nanos::get);
		progress.stage("families");
		nanos.set(Duration.ofSeconds(10).toNanos());
		progress.advance(250_000);
		assertThat(progress.line()).startsWith("[########----------------------]  25% 250,000/1,000,000 rows")
			.contains("25,000 rows/s", "0m30s left", "0m10s elapsed", "families");
		assertThat(progress.done()).isEqualTo(250_000);
	}

	@Test
	void rowsFoundThereAlreadyMoveTheBarButNotTheRateNorTheRowsWritten() {
		var progress = new GenerationProgress(1_000, out, false, nanos::get);
		progress.skip(500);
		nanos.set(Duration.ofSeconds(10).toNanos());
		progress.advance(100);
		assertThat(progress.line()).contains(" 60% 600/1,000 rows", "10 rows/s", "0m40s left");
		assertThat(progress.done()).isEqualTo(100);
	}

	@Test
	void beforeAnyRowTheTimeLeftIsUnknownAndPastTheTotalTheBarStopsFull() {
		var progress = new GenerationProgress(100, out, false, nanos::get);
		assertThat(progress.line()).contains("0% 0/100 rows", "? left");
		nanos.set(Duration.ofSeconds(1).toNanos());
		progress.advance(150);
		assertThat(progress.line()).startsWith("[" + "#".repeat(30) + "] 100% 100/100 rows").contains("0m00s left");
	}

	@Test
	void inALogALineIsPrintedEveryFiveSecondsAndAtEachStage() {
		var progress = new GenerationProgress(1_000, out, false, nanos::get);
		progress.stage("people");
		nanos.set(Duration.ofSeconds(1).toNanos());
		progress.advance(10);
		nanos.set(Duration.ofSeconds(6).toNanos());
		progress.advance(10);
		progress.finish();
		var lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(1)).contains("20/1,000 rows");
		assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
	}

	@Test
	void onATerminalTheLineIsRedrawnInPlace() {
		var progress = new GenerationProgress(1_000, out, true, nanos::get);
		nanos.set(Duration.ofMillis(300).toNanos());
		progress.advance(500);
		assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\r[").endsWith("\u001b[K");
	}

	@Test
	void longTimesAreGivenInHours() {
		assertThat(GenerationProgress.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
		assertThat(GenerationProgress.format(Duration.ofSeconds(75))).isEqualTo("1m15s");
	}

	@Test
	void eachFamilyHasAWorkerOfItsOwnLocalityAndDatesInOrder() {
		for (var size : DataSize.values()) {
			var caseloads = new int[size.supportWorkers() + 1];
			for (long n = 1; n <= size.families(); n += (size == DataSize.NATIONAL) ? 7 : 1) {
				int worker = GeneratedIds.keyWorkerOf(size, n);
				assertThat(worker).isBetween(1, size.supportWorkers());
				assertThat(GeneratedIds.localityOf(size, n)).isEqualTo(GeneratedIds.localityOfWorker(size, worker))
					.isBetween(1, size.localities());
				assertThat(GeneratedIds.startedDaysAgo(n)).isGreaterThanOrEqualTo(GeneratedIds.endedDaysAgo(n))
					.isLessThan(3650);
				assertThat(GeneratedIds.endedDaysAgo(n)).isLessThan(6 * 365);
				caseloads[worker]++;
			}
			if (size != DataSize.NATIONAL) {
				assertThat(caseloads[1]).as("a caseload at %s", size).isBetween(40, 100);
			}
		}
		assertThat(GeneratedIds.supportWorkerUsername(12)).isEqualTo("gen-support-12");
		assertThat(GeneratedIds.family(255)).hasToString("00000000-0000-4000-8000-0000000000ff");
	}

	@Test
	void theSqlOfTheDatesIsTheJavaRule() {
		assertThat(GeneratedIds.mixSql("n", 2, 2000)).isEqualTo("(((n)::bigint * 2654435761 + 15838) % 2000)::int");
		assertThat(GeneratedIds.mix(12345, 2, 2000)).isEqualTo((int) ((12345L * 2654435761L + 15838) % 2000));
	}

}
