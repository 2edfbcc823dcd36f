package org.familymatters.shared.generate;

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

	private final SyntheticDataGenerator generator;

	private final ConfigurableApplicationContext context;

	private final boolean exitAfter;

	GenerateCommand(SyntheticDataGenerator generator, ConfigurableApplicationContext context,
			@Value("${familymatters.generate.exit-after:true}") boolean exitAfter) {
		this.generator = generator;
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
		return this.generator.generate(size, System.out, System.console() != null);
	}

	private void exit(int status) {
		if (this.exitAfter) {
			System.exit(SpringApplication.exit(this.context, () -> status));
		}
	}

}
