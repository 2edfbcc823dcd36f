package org.familymatters.shared.generate;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A progress bar for {@code --generate}: rows written of all the parts' rows, the rate,
 * and the time left at that rate. On a terminal it redraws one line; in a log it prints a
 * line every few seconds.
 */
public final class GenerationProgress {

	private static final int WIDTH = 30;

	private final long total;

	private final PrintStream out;

	private final boolean terminal;

	private final LongSupplier nanos;

	private final long started;

	private long done;

	private long skipped;

	private long lastShown;

	private String stage = "";

	public GenerationProgress(long total, PrintStream out, boolean terminal, LongSupplier nanos) {
		this.total = Math.max(1, total);
		this.out = out;
		this.terminal = terminal;
		this.nanos = nanos;
		this.started = nanos.getAsLong();
		this.lastShown = this.started;
	}

	/** What is being written now, shown beside the bar. */
	public synchronized void stage(String stage) {
		this.stage = stage;
		show(true);
	}

	/** Counts rows written. */
	public synchronized void advance(long rows) {
		this.done += rows;
		show(false);
	}

	/**
	 * Counts rows found there already (a batch a stopped run wrote): the bar moves, the
	 * rate and the rows written do not.
	 */
	public synchronized void skip(long rows) {
		this.skipped += rows;
		show(false);
	}

	/** The rows written. */
	public synchronized long done() {
		return this.done;
	}

	/** The line the bar shows now. */
	public synchronized String line() {
		long reached = Math.min(this.total, this.done + this.skipped);
		double fraction = (double) reached / this.total;
		int filled = (int) Math.round(fraction * WIDTH);
		double seconds = Math.max(1e-9, (this.nanos.getAsLong() - this.started) / 1e9);
		double rate = this.done / seconds;
		String left = (rate > 0) ? format(Duration.ofSeconds((long) ((this.total - reached) / rate))) : "?";
		return "[%s%s] %3d%% %,d/%,d rows, %,.0f rows/s, %s left, %s elapsed  %s".formatted("#".repeat(filled),
				"-".repeat(WIDTH - filled), (int) (fraction * 100), reached, this.total, rate, left,
				format(Duration.ofSeconds((long) seconds)), this.stage);
	}

	/** The last line, on a line of its own. */
	public synchronized void finish() {
		this.out.print(this.terminal ? "\r" + line() + System.lineSeparator() : line() + System.lineSeparator());
		this.out.flush();
	}

	private void show(boolean always) {
		long now = this.nanos.getAsLong();
		long every = this.terminal ? 200_000_000L : 5_000_000_000L;
		if (!always && now - this.lastShown < every) {
			return;
		}
		this.lastShown = now;
		if (this.terminal) {
			this.out.print("\r" + line() + "\u001b[K");
		}
		else {
			this.out.println(line());
		}
		this.out.flush();
	}

	static String format(Duration duration) {
		long s = duration.toSeconds();
		return (s >= 3600) ? "%dh%02dm".formatted(s / 3600, s / 60 % 60) : "%dm%02ds".formatted(s / 60, s % 60);
	}

}
