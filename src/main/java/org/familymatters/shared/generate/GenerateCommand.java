package org.familymatters.shared.generate;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --generate=demo|region|national}: fills the database with synthetic records at
 * that size, every module's part in turn ({@link SyntheticData}), with a progress bar,
 * then stops the service (unless {@code familymatters.generate.exit-after=false}). Runs
 * after the demo data, whose users, localities and organisations it builds on.
 */
@Component
@Order(100)
class GenerateCommand implements ApplicationRunner {

	static final String OPTION = "generate";

	private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

	private final List<SyntheticData> parts;

	private final ConfigurableApplicationContext context;

	private final boolean exitAfter;

	GenerateCommand(List<SyntheticData> parts, ConfigurableApplicationContext context,
			@Value("${familymatters.generate.exit-after:true}") boolean exitAfter) {
		this.parts = parts.stream().sorted(Comparator.comparingInt(SyntheticData::order)).toList();
		this.context = context;
		this.exitAfter = exitAfter;
	}

	@Override
	public void run(ApplicationArguments args) {
		var values = args.getOptionValues(OPTION);
		if (values == null) {
			return;
		}
		var name = values.isEmpty() ? "" : values.get(0);
		var size = DataSize.named(name);
		if (size.isEmpty()) {
			log.error("--{}={}: the size must be demo, region or national", OPTION, name);
			exit(2);
			return;
		}
		generate(size.get());
		exit(0);
	}

	/** Runs every part at this size; the total rows written. */
	long generate(DataSize size) {
		long total = this.parts.stream().mapToLong(p -> p.rows(size)).sum();
		log.info("Generating {} data: {} parts, about {} rows", size.name().toLowerCase(java.util.Locale.ROOT),
				this.parts.size(), String.format("%,d", total));
		var progress = new GenerationProgress(total, System.out, System.console() != null, System::nanoTime);
		for (var part : this.parts) {
			progress.stage(part.describe());
			part.generate(size, progress);
		}
		progress.finish();
		return progress.done();
	}

	private void exit(int status) {
		if (this.exitAfter) {
			System.exit(SpringApplication.exit(this.context, () -> status));
		}
	}

}
