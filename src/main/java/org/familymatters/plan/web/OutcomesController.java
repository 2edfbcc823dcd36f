package org.familymatters.plan.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.plan.internal.OutcomeGroup;
import org.familymatters.plan.internal.Outcomes;
import org.familymatters.plan.internal.Outcomes.Report;
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
 * The outcomes report for managers and support workers: the page (tables by need area,
 * headline outcome and locality) and the CSV download, with the same filters; counts from
 * 1 to 4 suppressed in both. Bad filters are shown as errors on the page.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'SUPPORT_WORKER')")
class OutcomesController {

	/** The CSV's columns, in order. */
	static final String[] COLUMNS = { "period_from", "period_to", "locality_filter", "table", "group",
			"families_compared", "improved", "same", "worse", "average_change", "plans_closed" };

	private final Outcomes outcomes;

	private final Localities localities;

	private final Clock clock;

	OutcomesController(Outcomes outcomes, Localities localities, Clock clock) {
		this.outcomes = outcomes;
		this.localities = localities;
		this.clock = clock;
	}

	@GetMapping("/outcomes")
	String page(@ModelAttribute("form") OutcomesForm form, BindingResult result, Model model) {
		var choice = check(form, result);
		model.addAttribute("localityOptions", allLocalities().stream().map(l -> Option.of(l.id(), l.name())).toList());
		if (choice.isPresent()) {
			var report = outcomes.view(choice.get().period(), choice.get().localityId());
			model.addAttribute("report", report);
			model.addAttribute("localityLabel", localityLabel(report));
			model.addAttribute("csvUrl",
					UriComponentsBuilder.fromPath("/outcomes.csv")
						.queryParam("from.day", form.getFrom().getDay())
						.queryParam("from.month", form.getFrom().getMonth())
						.queryParam("from.year", form.getFrom().getYear())
						.queryParam("to.day", form.getTo().getDay())
						.queryParam("to.month", form.getTo().getMonth())
						.queryParam("to.year", form.getTo().getYear())
						.queryParam("locality", form.getLocality())
						.encode()
						.toUriString());
		}
		return "plan/outcomes";
	}

	@GetMapping("/outcomes.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("form") OutcomesForm form, BindingResult result) {
		var choice = check(form, result);
		if (choice.isEmpty()) {
			// The page says what is wrong with the filters, next to each one.
			var page = UriComponentsBuilder.fromPath("/outcomes")
				.queryParamIfPresent("from.day", Optional.ofNullable(form.getFrom()).map(d -> d.getDay()))
				.queryParamIfPresent("from.month", Optional.ofNullable(form.getFrom()).map(d -> d.getMonth()))
				.queryParamIfPresent("from.year", Optional.ofNullable(form.getFrom()).map(d -> d.getYear()))
				.queryParamIfPresent("to.day", Optional.ofNullable(form.getTo()).map(d -> d.getDay()))
				.queryParamIfPresent("to.month", Optional.ofNullable(form.getTo()).map(d -> d.getMonth()))
				.queryParamIfPresent("to.year", Optional.ofNullable(form.getTo()).map(d -> d.getYear()))
				.queryParamIfPresent("locality", Optional.ofNullable(form.getLocality()))
				.encode()
				.toUriString();
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, page).build();
		}
		var report = outcomes.export(choice.get().period(), choice.get().localityId());
		var filename = "outcomes-" + report.period().slug() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(csv(report, localityLabel(report)).getBytes(StandardCharsets.UTF_8));
	}

	private Optional<OutcomesFormCheck.Choice> check(OutcomesForm form, BindingResult result) {
		return OutcomesFormCheck.check(form, result, LocalDate.now(clock), id -> localities.existsById(id));
	}

	private List<Locality> allLocalities() {
		return localities.findAll().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	private String localityLabel(Report report) {
		if (report.localityId() == null) {
			return "all localities";
		}
		return localities.findById(report.localityId()).map(Locality::name).orElse("one locality");
	}

	/**
	 * One row per group of each table; every count from 1 to 4 written as "fewer than 5",
	 * no average for a group of fewer than 5, none as 0. The first row is the headline:
	 * the families compared, those improved in at least one need area, the plans closed.
	 */
	static String csv(Report report, String localityLabel) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
			var from = report.period().from().toString();
			var to = report.period().to().toString();
			var where = localityLabel;
			var headline = report.headline();
			print(printer, from, to, where, "all", "All families", headline.shownCompared(),
					headline.shownImprovedInAny(), "", "", "", headline.shownClosed());
			for (var group : report.byNeedArea()) {
				row(printer, from, to, where, "need_area", group, "");
			}
			for (var group : report.byOutcome()) {
				row(printer, from, to, where, "headline_outcome", group, "");
			}
			for (var locality : report.localities()) {
				row(printer, from, to, where, "locality", locality.group(), locality.shownClosed());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void row(CSVPrinter printer, String from, String to, String where, String table, OutcomeGroup group,
			String closed) throws IOException {
		print(printer, from, to, where, table, group.label(), group.shownAssessed(), group.shownImproved(),
				group.shownSame(), group.shownWorse(), group.shownAverage(), closed);
	}

	/** A row, every cell of it through {@link #asText}: an average of -1.3 is '-1.3. */
	private static void print(CSVPrinter printer, String... cells) throws IOException {
		var row = new java.util.ArrayList<String>();
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
