package org.familymatters.bridges.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familymatters.bridges.internal.Accommodation;
import org.familymatters.bridges.internal.FollowUpOutcome;
import org.familymatters.bridges.internal.FollowUpPoint;
import org.familymatters.bridges.internal.PilotReport;
import org.familymatters.bridges.internal.PilotReports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Building Bridges pilot report for managers (and, downloaded, for its funders): by
 * quarter of referral, the people referred, family homes agreed and not suitable, the
 * accommodation on release and the outcome at each follow-up; counts from 1 to 4 shown as
 * "fewer than 5" on the page and in the CSV alike.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class ReportController {

	/** The CSV's columns, in order. */
	static final String[] COLUMNS = { "quarter", "measure", "category", "count" };

	private final PilotReports reports;

	ReportController(PilotReports reports) {
		this.reports = reports;
	}

	@GetMapping("/building-bridges/report")
	String page(Model model) {
		model.addAttribute("report", reports.view());
		model.addAttribute("accommodations", List.of(Accommodation.values()));
		model.addAttribute("points", List.of(FollowUpPoint.values()));
		model.addAttribute("outcomes", List.of(FollowUpOutcome.values()));
		return "bridges/report";
	}

	@GetMapping("/building-bridges/report.csv")
	ResponseEntity<byte[]> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("building-bridges-pilot.csv").build().toString())
			.body(csv(reports.export()).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * One row per quarter and count: the people referred, the family homes agreed and not
	 * suitable, each accommodation on release, each outcome at each follow-up; every
	 * count from 1 to 4 written as "fewer than 5", every cell safe from spreadsheet
	 * formulas.
	 */
	static String csv(PilotReport report) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
			for (var quarter : report.quarters()) {
				var label = quarter.label();
				print(printer, label, "people referred", "", quarter.shownReferred());
				print(printer, label, "family home", "agreed", quarter.shownAgreed());
				print(printer, label, "family home", "not suitable", quarter.shownNotSuitable());
				for (var accommodation : Accommodation.values()) {
					print(printer, label, "accommodation on release", accommodation.label(),
							quarter.shownOnRelease(accommodation));
				}
				for (var point : FollowUpPoint.values()) {
					for (var outcome : FollowUpOutcome.values()) {
						print(printer, label, "outcome at " + point.label(), outcome.label(),
								quarter.shownOutcome(point, outcome));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void print(CSVPrinter printer, String... cells) throws IOException {
		var row = new ArrayList<String>();
		for (var cell : cells) {
			row.add(asText(cell));
		}
		printer.printRecord(row);
	}

	/**
	 * Text a spreadsheet will not run as a formula: text that starts with =, +, -, @, a
	 * tab or a line break is written after an apostrophe.
	 */
	static String asText(String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
