package org.familymatters.directory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.familymatters.directory.api.OpenReferralExport;
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
 * The administrator's commands: {@code --directory.import=<file or address>} imports an
 * Open Referral UK feed, {@code --directory.export=<file>} writes the whole directory to
 * a file. With either, the service does the work, reports, and stops (exit status 1 if
 * anything was refused), unless {@code familymatters.directory.exit-after-command=false}.
 */
@Component
@Order(100)
class DirectoryCommands implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectoryCommands.class);

	private final OpenReferralImport imports;

	private final OpenReferralExport exports;

	private final ConfigurableApplicationContext context;

	private final boolean exitAfterCommand;

	DirectoryCommands(OpenReferralImport imports, OpenReferralExport exports, ConfigurableApplicationContext context,
			@Value("${familymatters.directory.exit-after-command:true}") boolean exitAfterCommand) {
		this.imports = imports;
		this.exports = exports;
		this.context = context;
		this.exitAfterCommand = exitAfterCommand;
	}

	@Override
	public void run(ApplicationArguments args) {
		var importFrom = args.getOptionValues("directory.import");
		var exportTo = args.getOptionValues("directory.export");
		if (importFrom == null && exportTo == null) {
			return;
		}
		boolean refused = false;
		for (var source : (importFrom != null) ? importFrom : java.util.List.<String>of()) {
			var report = (source.startsWith("http://") || source.startsWith("https://"))
					? imports.importApi(URI.create(source)) : importFile(Path.of(source));
			log.info("Directory import from {}", report.summary());
			report.problems()
				.forEach(p -> log.warn("  refused {} (id {}, \"{}\"): {}",
						(p.position() != 0) ? "service " + p.position() : "the feed", p.id(), p.name(), p.reason()));
			refused |= report.refused() > 0;
		}
		for (var target : (exportTo != null) ? exportTo : java.util.List.<String>of()) {
			try (var out = Files.newOutputStream(Path.of(target))) {
				int services = exports.write(out);
				exports.recordExport(services);
				log.info("Directory export: {} services written to {}", services, target);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not write " + target, ex);
			}
		}
		if (exitAfterCommand) {
			int status = refused ? 1 : 0;
			System.exit(SpringApplication.exit(context, () -> status));
		}
	}

	private OpenReferralImport.Report importFile(Path file) {
		try (var in = Files.newInputStream(file)) {
			return imports.importFile(in, file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}
