package org.familymatters.training.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.shared.web.Option;
import org.familymatters.shared.web.SummaryRow;
import org.familymatters.training.internal.BookingRules.Role;
import org.familymatters.training.internal.BookingRules.Sector;
import org.familymatters.training.internal.BookingRules.Seniority;
import org.familymatters.training.internal.Reach;
import org.familymatters.training.internal.ReachFigures;
import org.familymatters.training.internal.ReachFigures.Group;
import org.familymatters.training.internal.ReachFilter;

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
 * The training reach report for training coordinators and managers: the page (exact
 * figures, a chart of people trained by role with the table beside it) and the CSV for
 * sharing outside the service (counts from 1 to 4 as "fewer than 5", no average of fewer
 * than 5 people), with the same filters. Bad filters are shown as errors on the page.
 */
@Controller
@PreAuthorize("hasAnyRole('TRAINING_COORDINATOR', 'MANAGER')")
class ReachController {

	/** The CSV's columns, in order. */
	static final String[] COLUMNS = { "period_from", "period_to", "locality_filter", "people_filter", "table", "group",
			"priority_role", "people_trained", "organisations_reached", "sessions_run", "gave_feedback",
			"average_confidence_before", "average_confidence_after", "confidence_rose_one_point_or_more" };

	private final Reach reach;

	private final Localities localities;

	private final Clock clock;

	ReachController(Reach reach, Localities localities, Clock clock) {
		this.reach = reach;
		this.localities = localities;
		this.clock = clock;
	}

	@GetMapping("/training/reach")
	String page(@ModelAttribute("form") ReachForm form, BindingResult result, Model model) {
		var choice = check(form, result);
		model.addAttribute("localityOptions", allLocalities().stream().map(l -> Option.of(l.id(), l.name())).toList());
		model.addAttribute("sectorOptions",
				Arrays.stream(Sector.values()).map(s -> Option.of(s.name(), s.label())).toList());
		model.addAttribute("roleOptions",
				Arrays.stream(Role.values()).map(r -> Option.of(r.name(), r.label())).toList());
		model.addAttribute("seniorityOptions",
				Arrays.stream(Seniority.values()).map(s -> Option.of(s.name(), s.label())).toList());
		if (choice.isPresent()) {
			var filter = choice.get();
			var where = localityLabel(filter);
			var figures = reach.view(filter, where);
			var heading = "Training reach in " + where + ", " + filter.periodLabel();
			model.addAttribute("filter", filter);
			model.addAttribute("figures", figures);
			model.addAttribute("heading", heading);
			model.addAttribute("headline", headline(figures));
			model.addAttribute("chart", ReachChart.svg(figures.byRole(),
					"People trained by role, " + where + ", " + filter.periodLabel() + ", " + filter.peopleLabel()));
			model.addAttribute("roleNames", figures.byRole().stream().map(ReachChart::name).toList());
			model.addAttribute("csvUrl",
					UriComponentsBuilder.fromPath("/training/reach.csv")
						.queryParam("from.day", form.getFrom().getDay())
						.queryParam("from.month", form.getFrom().getMonth())
						.queryParam("from.year", form.getFrom().getYear())
						.queryParam("to.day", form.getTo().getDay())
						.queryParam("to.month", form.getTo().getMonth())
						.queryParam("to.year", form.getTo().getYear())
						.queryParam("locality", form.getLocality())
						.queryParam("sector", form.getSector())
						.queryParam("role", form.getRole())
						.queryParam("seniority", form.getSeniority())
						.encode()
						.toUriString());
		}
		return "training/reach";
	}

	@GetMapping("/training/reach.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute("form") ReachForm form, BindingResult result) {
		var choice = check(form, result);
		if (choice.isEmpty()) {
			// The page says what is wrong with the filters, next to each one.
			var page = UriComponentsBuilder.fromPath("/training/reach")
				.queryParamIfPresent("from.day", Optional.ofNullable(form.getFrom()).map(d -> d.getDay()))
				.queryParamIfPresent("from.month", Optional.ofNullable(form.getFrom()).map(d -> d.getMonth()))
				.queryParamIfPresent("from.year", Optional.ofNullable(form.getFrom()).map(d -> d.getYear()))
				.queryParamIfPresent("to.day", Optional.ofNullable(form.getTo()).map(d -> d.getDay()))
				.queryParamIfPresent("to.month", Optional.ofNullable(form.getTo()).map(d -> d.getMonth()))
				.queryParamIfPresent("to.year", Optional.ofNullable(form.getTo()).map(d -> d.getYear()))
				.queryParamIfPresent("locality", Optional.ofNullable(form.getLocality()))
				.queryParamIfPresent("sector", Optional.ofNullable(form.getSector()))
				.queryParamIfPresent("role", Optional.ofNullable(form.getRole()))
				.queryParamIfPresent("seniority", Optional.ofNullable(form.getSeniority()))
				.encode()
				.toUriString();
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, page).build();
		}
		var filter = choice.get();
		var where = localityLabel(filter);
		var figures = reach.export(filter, where);
		var filename = "training-reach-" + filter.slug() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(csv(filter, where, figures).getBytes(StandardCharsets.UTF_8));
	}

	private Optional<ReachFilter> check(ReachForm form, BindingResult result) {
		return ReachFormCheck.check(form, result, LocalDate.now(clock), id -> localities.existsById(id));
	}

	private List<Locality> allLocalities() {
		return localities.findAll().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
	}

	private String localityLabel(ReachFilter filter) {
		if (filter.localityId() == null) {
			return "all localities";
		}
		return localities.findById(filter.localityId()).map(Locality::name).orElse("one locality");
	}

	/** The headline figures, exact, as a summary list. */
	static List<SummaryRow> headline(ReachFigures figures) {
		var rows = new ArrayList<SummaryRow>();
		rows.add(SummaryRow.of("People trained", figures.people()));
		rows.add(SummaryRow.of("Organisations reached", figures.organisations()));
		rows.add(SummaryRow.of("Sessions run", figures.sessions()));
		rows.add(SummaryRow.of("Priority roles covered",
				figures.priorityRolesCovered() + " of " + figures.priorityRoles()));
		var nobody = figures.priorityRolesWithNobody();
		rows.add(SummaryRow.of("Priority roles with nobody trained yet",
				nobody.isEmpty() ? "None: every priority role has someone trained" : String.join(", ", nobody)));
		var confidence = figures.confidence();
		rows.add(SummaryRow.of("People who gave feedback", confidence.people()));
		rows.add(SummaryRow.of("Average confidence before (1 to 5)", confidence.exactBefore()));
		rows.add(SummaryRow.of("Average confidence after (1 to 5)", confidence.exactAfter()));
		rows.add(SummaryRow.of("Confidence rose by one point or more", confidence.rose()));
		return rows;
	}

	/**
	 * For sharing outside the service: a row for everyone, then one per role, sector and
	 * seniority; every count from 1 to 4 written as "fewer than 5", an average of fewer
	 * than 5 people as "not shown", of nobody as "none".
	 */
	static String csv(ReachFilter filter, String localityLabel, ReachFigures figures) {
		var out = new StringWriter();
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
			var start = List.of(filter.from().toString(), filter.to().toString(), localityLabel, filter.peopleLabel());
			var confidence = figures.confidence();
			print(printer, start, "all", "Everyone counted", "", ReachFigures.shared(figures.people()),
					ReachFigures.shared(figures.organisations()), ReachFigures.shared(figures.sessions()),
					confidence.sharedPeople(), confidence.sharedBefore(), confidence.sharedAfter(),
					confidence.sharedRose());
			for (var group : figures.byRole()) {
				row(printer, start, "role", group);
			}
			for (var group : figures.bySector()) {
				row(printer, start, "sector", group);
			}
			for (var group : figures.bySeniority()) {
				row(printer, start, "seniority", group);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static void row(CSVPrinter printer, List<String> start, String table, Group group) throws IOException {
		var confidence = group.confidence();
		print(printer, start, table, group.label(), "role".equals(table) ? (group.priority() ? "yes" : "no") : "",
				group.sharedPeople(), "", "", confidence.sharedPeople(), confidence.sharedBefore(),
				confidence.sharedAfter(), confidence.sharedRose());
	}

	private static void print(CSVPrinter printer, List<String> start, String... cells) throws IOException {
		var row = new ArrayList<String>();
		start.forEach(cell -> row.add(asText(cell)));
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
