package org.familymatters.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A load test run's figures as a Markdown table, each request's throughput also given as
 * a ratio to the ceiling's (the trivial page, {@value FamilyMattersSimulation#CEILING}).
 * Gatling 3.15 keeps its results in a binary {@code simulation.log} and shows them in the
 * statistics table of the run's {@code index.html}; this reads that table, finding its
 * columns by their headings, so a change of Gatling's percentiles shows as an error
 * rather than as wrong figures.
 * <p>
 * Run as a program it summarises the newest run under a results folder
 * ({@code target/gatling} unless given), writes {@code summary.md} there and prints it.
 */
public final class LoadSummary {

	private static final Pattern HEADING = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*>(.*?)</th>", Pattern.DOTALL);

	private static final Pattern ROW = Pattern.compile("<tr id=\"(req_[^\"]*)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);

	private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*col-(\\d+)\">([^<]*)</td>");

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private LoadSummary() {
	}

	/**
	 * Summarises the newest run, and fails (after printing the table) if a request of it
	 * failed.
	 */
	public static void main(String[] args) throws IOException {
		var requests = summarise(Path.of((args.length > 0) ? args[0] : "target/gatling"));
		double errors = requests.stream().mapToDouble(Request::errors).sum();
		if (errors > 0) {
			throw new IllegalStateException(
					"%.0f requests failed (Gatling's report says which and why)".formatted(errors));
		}
	}

	/**
	 * Writes the table of the newest run under the results folder to its
	 * {@code summary.md}, prints it, and answers its figures.
	 */
	static List<Request> summarise(Path results) throws IOException {
		var run = newestRun(results)
			.orElseThrow(() -> new IllegalStateException("No Gatling run under " + results.toAbsolutePath()));
		var requests = read(Files.readString(run.resolve("index.html"), StandardCharsets.UTF_8));
		var markdown = markdown(requests);
		Files.writeString(results.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
		System.out.println("Summary of " + run.getFileName() + " (also in " + results.resolve("summary.md") + "):");
		System.out.println(markdown);
		return requests;
	}

	/**
	 * The folder of the newest run (the one with the latest report) under the results.
	 */
	static Optional<Path> newestRun(Path results) throws IOException {
		if (!Files.isDirectory(results)) {
			return Optional.empty();
		}
		try (Stream<Path> runs = Files.list(results)) {
			return runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
				.max(Comparator.comparing(run -> run.resolve("index.html").toFile().lastModified()));
		}
	}

	/** Each request's figures, as the report's statistics table gives them. */
	static List<Request> read(String report) {
		var columns = new java.util.HashMap<String, Integer>();
		var heading = HEADING.matcher(report);
		while (heading.find()) {
			columns.put(TAG.matcher(heading.group(2)).replaceAll("").strip(), Integer.parseInt(heading.group(1)));
		}
		var wanted = List.of("Total", "KO", "Cnt/s", "50th pct", "95th pct", "99th pct", "Mean");
		for (var column : wanted) {
			if (!columns.containsKey(column)) {
				throw new IllegalArgumentException(
						"The report's statistics table has no column " + column + " (it has " + columns.keySet() + ")");
			}
		}
		var requests = new ArrayList<Request>();
		Matcher row = ROW.matcher(report);
		while (row.find()) {
			var name = NAME.matcher(row.group(2));
			if (!name.find()) {
				continue;
			}
			var cells = new java.util.HashMap<Integer, String>();
			var cell = CELL.matcher(row.group(2));
			while (cell.find()) {
				cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
			}
			requests.add(new Request(unescape(name.group(1).strip()), number(cells, columns, "Total"),
					number(cells, columns, "KO"), number(cells, columns, "50th pct"),
					number(cells, columns, "95th pct"), number(cells, columns, "99th pct"),
					number(cells, columns, "Cnt/s"), number(cells, columns, "Mean")));
		}
		return requests;
	}

	/**
	 * The table: a row per request, the ceiling first, then by name; the two ratios are
	 * to the ceiling's figures (none without a ceiling).
	 */
	static String markdown(List<Request> requests) {
		var ceiling = requests.stream().filter(r -> r.name().equals(FamilyMattersSimulation.CEILING)).findFirst();
		var table = new StringBuilder();
		table.append("| request | count | errors | p50 ms | p95 ms | p99 ms | req/s | req/s ÷ ceiling")
			.append(" | ceiling mean ÷ mean |\n");
		table.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
		requests.stream()
			.sorted(Comparator.comparing((Request r) -> !r.name().equals(FamilyMattersSimulation.CEILING))
				.thenComparing(Request::name))
			.forEach(r -> table.append("| ")
				.append(r.name())
				.append(" | ")
				.append(whole(r.count()))
				.append(" | ")
				.append(whole(r.errors()))
				.append(" | ")
				.append(whole(r.p50()))
				.append(" | ")
				.append(whole(r.p95()))
				.append(" | ")
				.append(whole(r.p99()))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.1f", r.perSecond()))
				.append(" | ")
				.append(ceiling.map(c -> percent(r.perSecond(), c.perSecond())).orElse("–"))
				.append(" | ")
				.append(ceiling.map(c -> percent(c.mean(), r.mean())).orElse("–"))
				.append(" |\n"));
		return table.toString();
	}

	private static String percent(double part, double whole) {
		return (whole <= 0 || part <= 0) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * part / whole);
	}

	private static String whole(double value) {
		return String.format(Locale.ROOT, "%,.0f", value);
	}

	private static double number(java.util.Map<Integer, String> cells, java.util.Map<String, Integer> columns,
			String column) {
		var text = cells.get(columns.get(column));
		if (text == null || text.isEmpty() || text.equals("-")) {
			return 0;
		}
		return Double.parseDouble(text.replace(",", ""));
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

	/**
	 * One request's figures over the run: how many, how many failed, the response time's
	 * percentiles and mean in milliseconds, and how many a second over the run.
	 */
	record Request(String name, double count, double errors, double p50, double p95, double p99, double perSecond,
			double mean) {
	}

}
