package org.familymatters.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The service as an operator runs it: the jar that {@code package} built, started with
 * {@code java -jar} in a process of its own, so that a test can kill it as the machine
 * would ({@link #kill()}: SIGKILL, no shutdown hooks) and start it again. Failsafe tells
 * the test where the jar is ({@code service.jar}); its output goes to a log file beside
 * the test's data.
 */
public final class ServiceProcess implements AutoCloseable {

	private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Path log;

	private final Process process;

	private ServiceProcess(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/** The jar {@code package} made, as Failsafe passes it. */
	public static Path jar() {
		var jar = System.getProperty("service.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException(
					"The service's jar is needed (system property service.jar, set by Failsafe after package): " + jar);
		}
		return Path.of(jar);
	}

	/**
	 * Starts the jar on the given port, in {@code workDirectory} (its log goes there as
	 * {@code <name>.log}), with the environment given on top of this one's, and returns
	 * at once: {@link #awaitReady} waits for it.
	 */
	public static ServiceProcess start(String name, int port, Path workDirectory, Map<String, String> environment,
			String... arguments) throws IOException {
		Files.createDirectories(workDirectory);
		var java = ProcessHandle.current().info().command().orElse("java");
		var command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-jar",
				jar().toString(), "--server.port=" + port));
		command.addAll(List.of(arguments));
		var log = workDirectory.resolve(name + ".log");
		var builder = new ProcessBuilder(command).directory(workDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("FAMILYMATTERS_RATE_LIMITS_ENABLED", "false");
		builder.environment().putAll(environment);
		return new ServiceProcess(name, port, log, builder.start());
	}

	/** Waits until readiness answers 200, or fails with the end of the log. */
	public ServiceProcess awaitReady(Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " stopped before it was ready:\n" + tail(60));
			}
			if (ready()) {
				return this;
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException(this.name + " was not ready within " + timeout + ":\n" + tail(60));
	}

	/** Whether readiness answers 200 now. */
	public boolean ready() {
		try {
			var response = PROBE.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
				.timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	public int port() {
		return this.port;
	}

	public Path log() {
		return this.log;
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	/** SIGKILL, as a crash or the kernel would: no shutdown hook runs. */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	/** SIGTERM, the graceful stop an operator's service manager sends. */
	public void stop() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			kill();
		}
	}

	/** The last lines of the log, for a failure's message. */
	public String tail(int lines) {
		try {
			var all = Files.readAllLines(this.log);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
