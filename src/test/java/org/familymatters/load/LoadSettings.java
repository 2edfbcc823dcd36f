package org.familymatters.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.familymatters.shared.generate.DataSize;

/**
 * How the load test runs, from system properties (Maven passes {@code -Dperf.*} on):
 * where the service is ({@code perf.baseUrl}), how many people use it at once
 * ({@code perf.users}, 64), for how long ({@code perf.duration} and {@code perf.ramp}, in
 * seconds), whether it is only the smoke run ({@code perf.smoke}: one person per
 * scenario, once through), and which data the service holds ({@code perf.size}: the
 * {@code --generate} size whose support workers {@code gen-support-<k>} sign in; without
 * it the demo users do).
 *
 * @param baseUrl the service's address
 * @param users people using the service at once, over every scenario
 * @param duration how long each person keeps going once they have started
 * @param ramp over how long the people arrive
 * @param smoke one person per scenario, once through each
 * @param supportWorkers the generated support workers to sign in as (none: the demo
 * support worker)
 * @param password the password of the demo and generated users
 */
record LoadSettings(String baseUrl, int users, Duration duration, Duration ramp, boolean smoke, int supportWorkers,
		String password) {

	/** The demo users' password, which generated users have too. */
	static final String DEMO_PASSWORD = "family-matters-demo";

	/**
	 * The scenarios and their shares of the people: practitioners most, the ceiling as
	 * many as the triage.
	 */
	static final Map<String, Integer> WEIGHTS = weights();

	static LoadSettings from(Properties properties) {
		boolean smoke = Boolean.parseBoolean(properties.getProperty("perf.smoke", "false"));
		int workers = properties.getProperty("perf.size", "").isBlank() ? 0
				: DataSize.named(properties.getProperty("perf.size"))
					.map(DataSize::supportWorkers)
					.orElseThrow(() -> new IllegalArgumentException(
							"perf.size is demo, region or national: " + properties.getProperty("perf.size")));
		return new LoadSettings(properties.getProperty("perf.baseUrl", "http://localhost:8080"),
				positive(properties, "perf.users", 64), Duration.ofSeconds(positive(properties, "perf.duration", 60)),
				Duration.ofSeconds(Math.max(0, Integer.parseInt(properties.getProperty("perf.ramp", "10").strip()))),
				smoke, workers, properties.getProperty("perf.password", DEMO_PASSWORD));
	}

	/**
	 * How many people each scenario gets: its share of {@link #users()}, at least one;
	 * one each in the smoke run.
	 */
	int usersFor(String scenario) {
		if (this.smoke) {
			return 1;
		}
		int total = WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
		return Math.max(1, Math.round((float) this.users * WEIGHTS.get(scenario) / total));
	}

	/**
	 * The usernames support workers sign in with, in turn: the generated ones when the
	 * service holds generated data, otherwise the demo support worker.
	 */
	List<String> supportWorkerUsernames() {
		if (this.supportWorkers == 0) {
			return List.of("demo-support");
		}
		var names = new ArrayList<String>();
		for (int k = 1; k <= this.supportWorkers; k++) {
			names.add("gen-support-" + k);
		}
		return names;
	}

	private static int positive(Properties properties, String name, int otherwise) {
		int value = Integer.parseInt(properties.getProperty(name, String.valueOf(otherwise)).strip());
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be at least 1: " + value);
		}
		return value;
	}

	private static Map<String, Integer> weights() {
		var weights = new java.util.LinkedHashMap<String, Integer>();
		weights.put(FamilyMattersSimulation.PRACTITIONERS, 10);
		weights.put(FamilyMattersSimulation.TRIAGE, 3);
		weights.put(FamilyMattersSimulation.VOLUNTEERS, 4);
		weights.put(FamilyMattersSimulation.PUBLIC, 7);
		weights.put(FamilyMattersSimulation.OPEN_REFERRAL, 3);
		weights.put(FamilyMattersSimulation.MANAGERS, 2);
		weights.put(FamilyMattersSimulation.CEILING, 3);
		return java.util.Collections.unmodifiableMap(weights);
	}

}
