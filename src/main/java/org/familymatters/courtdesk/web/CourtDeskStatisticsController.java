package org.familymatters.courtdesk.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familymatters.courtdesk.internal.CourtDeskStatistics;
import org.familymatters.courtdesk.internal.CourtDeskStatistics.Report;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.courtdesk.internal.StatisticsPeriod;
import org.familymatters.shared.web.Option;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Court desk statistics for coordinators and managers: the page (tables and a chart) and
 * the CSV export, filtered by court and by months. Bad filters are shown as errors on the
 * page.
 */
@Controller
@PreAuthorize("hasAnyRole('COURT_DESK_COORDINATOR', 'MANAGER')")
class CourtDeskStatisticsController {

	/** The CSV's columns, in order. */
	static final String[] COLUMNS = { "court", "month", "measure", "category", "count" };

	private final CourtDeskStatistics statistics;

	private final Courts courts;

	private final Clock clock;

	CourtDeskStatisticsController(CourtDeskStatistics statistics, Courts courts, Clock clock) {
		this.statistics = statistics;
		this.courts = courts;
		this.clock = clock;
	}

	@GetMapping("/court-desk/statistics")
	String page(@ModelAttribute("form") StatisticsForm form, BindingResult result, Model model) {
		var choice = check(form, result);
		model.addAttribute("courtOptions", courts.all().stream().map(c -> Option.of(c.id(), c.name())).toList());
		model.addAttribute("exact", statistics.seesExactCounts());
		if (choice.isPresent()) {
			var report = statistics.view(choice.get().period(), choice.get().courtId());
			var courtLabel = (report.court() != null) ? report.court().name() : "all courts";
			model.addAttribute("report", report);
			model.addAttribute("courtLabel", courtLabel);
			model.addAttribute("tables", StatisticsTables.of(report));
			model.addAttribute("chart", ContactsChart.svg(report, courtLabel));
			model.addAttribute("csvUrl",
					UriComponentsBuilder.fromPath("/court-desk/statistics.csv")
						.queryParam("court", form.getCourt())
						.queryParam("from", form.getFrom())
						.queryParam("to", form.getTo())
						.encode()
						.toUriString());
		}
		return "courtdesk/statistics";
	}

	@GetMapping("/court-desk/statistics.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("form") StatisticsForm form, BindingResult result) {
		var choice = check(form, result);
		if (choice.isEmpty()) {
			// The page says what is wrong with the filters, next to each one.
			var page = UriComponentsBuilder.fromPath("/court-desk/statistics")
				.queryParamIfPresent("court", Optional.ofNullable(form.getCourt()))
				.queryParamIfPresent("from", Optional.ofNullable(form.getFrom()))
				.queryParamIfPresent("to", Optional.ofNullable(form.getTo()))
				.encode()
				.toUriString();
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, page).build();
		}
		var report = statistics.export(choice.get().period(), choice.get().courtId());
		var filename = "court-desk-statistics-" + report.period().slug() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(csv(report).getBytes(StandardCharsets.UTF_8));
	}

	private Optional<StatisticsFormCheck.Choice> check(StatisticsForm form, BindingResult result) {
		return StatisticsFormCheck.check(form, result, StatisticsPeriod.thisMonth(clock),
				id -> courts.find(id).isPresent());
	}

	/**
	 * One row per court, month, measure and category: counts from 1 to 4 suppressed, none
	 * shown as 0.
	 */
	static String csv(Report report) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
			for (var court : report.courts()) {
				for (var month : report.months()) {
					for (var category : report.categories()) {
						var row = new ArrayList<String>();
						row.add(asText(court.name()));
						row.add(month.toString());
						row.add(category.measure().code());
						row.add(asText(category.label()));
						row.add(report.count(category, court.id(), month).shown(true));
						printer.printRecord(row);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * Text a spreadsheet will not run as a formula: a name that starts with =, +, -, @ or
	 * a control character is written after an apostrophe.
	 */
	static String asText(String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
