package org.familymatters.shared.generate;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs every module's {@link SyntheticData} part at a size, in order, with one progress
 * bar over them all: what {@code --generate} does, and what a test calls to have
 * generated records of its own.
 */
@Component
public class SyntheticDataGenerator {

	private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);

	private final List<SyntheticData> parts;

	SyntheticDataGenerator(List<SyntheticData> parts) {
		this.parts = parts.stream().sorted(Comparator.comparingInt(SyntheticData::order)).toList();
	}

	/** Runs every part at this size; the rows written (none when they were all there). */
	public long generate(DataSize size, PrintStream out, boolean terminal) {
		long total = this.parts.stream().mapToLong(p -> p.rows(size)).sum();
		log.info("Generating {} data: {} parts, about {} rows", size.name().toLowerCase(Locale.ROOT), this.parts.size(),
				String.format(Locale.UK, "%,d", total));
		var progress = new GenerationProgress(total, out, terminal, System::nanoTime);
		for (var part : this.parts) {
			progress.stage(part.describe());
			part.generate(size, progress);
		}
		progress.finish();
		return progress.done();
	}

}
