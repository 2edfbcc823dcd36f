package org.familymatters.audit.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.audit.internal.AuditActions;
import org.familymatters.audit.internal.AuditAudit;
import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.security.AdministratorsOnly;
import org.familymatters.shared.web.Option;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administrators search the audit trail, a page at a time with the count of every event
 * that matches, and export all the events a search finds as a spreadsheet (CSV). A page
 * number that is not one shows the first page; one past the last says so.
 */
@Controller
@AdministratorsOnly
class AuditController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

	private final AuditSearch audit;

	private final AuditActions actions;

	private final AuditTrail trail;

	private final Clock clock;

	AuditController(AuditSearch audit, AuditActions actions, AuditTrail trail, Clock clock) {
		this.audit = audit;
		this.actions = actions;
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping("/admin/audit")
	String search(@ModelAttribute("form") AuditSearchForm form, BindingResult result,
			@RequestParam(required = false) String page, Model model) {
		var number = Input.wholeNumber(page, 1, Integer.MAX_VALUE).toOptional().orElse(1);
		AuditSearchFormCheck.check(form, result, number, PAGE_SIZE).ifPresent(query -> {
			// The choices as their lists have them, whatever case they came in.
			form.setAction(query.action());
			form.setRecordType(query.recordType());
			var events = audit.search(query);
			model.addAttribute("events", events);
			model.addAttribute("rows", events.items().stream().map(event -> EventRow.of(event, actions)).toList());
			model.addAttribute("baseUrl", address("/admin/audit", query));
			model.addAttribute("csvUrl", address("/admin/audit/events.csv", query));
			model.addAttribute("filtered", !address("", query).isEmpty());
		});
		model.addAttribute("actions", actions);
		model.addAttribute("actionOptions", actionOptions(form.getAction()));
		model.addAttribute("recordTypeOptions", recordTypeOptions(form.getRecordType()));
		model.addAttribute("outcomeOptions", List.of(Option.of(AuditQuery.Outcome.ALLOWED, "Allowed"),
				Option.of(AuditQuery.Outcome.REFUSED, "Refused")));
		return "audit/search";
	}

	/**
	 * Every event the search finds, newest first, as a spreadsheet; the export itself is
	 * audited, with its filters and how many events it holds. Filters with a problem lead
	 * back to the page, which says what it is by the field.
	 */
	@GetMapping("/admin/audit/events.csv")
	void export(@ModelAttribute("form") AuditSearchForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		var checked = AuditSearchFormCheck.check(form, result, 1, PAGE_SIZE);
		if (checked.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader(HttpHeaders.LOCATION,
					"/admin/audit" + ((request.getQueryString() != null) ? "?" + request.getQueryString() : ""));
			return;
		}
		var query = checked.get();
		var count = audit.count(query);
		var filters = address("", query);
		trail.record(
				AuditEntry.allowed(AuditAudit.AUDIT_EVENTS_EXPORTED, "audit_event", null, Basis.ROLE, "ADMINISTRATOR")
					.withDetail(count + ((count == 1) ? " event" : " events") + "; filters: "
							+ (filters.isEmpty() ? "none" : filters.substring(1))));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("audit-events-" + FILE_DATE.format(clock.instant().atZone(clock.getZone())) + ".csv")
					.build()
					.toString());
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		var csv = new AuditCsv(writer, actions);
		try {
			audit.forEach(query, event -> {
				try {
					csv.write(event);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
		writer.flush();
	}

	/**
	 * Every action any module records, in words; the one asked for is offered too when no
	 * module records it any more (its code as its words).
	 */
	private List<Option> actionOptions(String chosen) {
		var all = actions.all();
		var words = new HashSet<String>();
		var repeated = new HashSet<String>();
		all.forEach(action -> {
			if (!words.add(action.description())) {
				repeated.add(action.description());
			}
		});
		var options = new ArrayList<Option>();
		for (AuditAction action : all) {
			options.add(Option.of(action.name(), repeated.contains(action.description())
					? action.description() + " (" + action.name() + ")" : action.description()));
		}
		offerToo(options, (chosen != null) ? chosen.strip().toUpperCase() : null,
				AuditSearchFormCheck.ACTION.pattern());
		return options;
	}

	/** The kinds of record the trail names, in words ("court desk contact"). */
	private List<Option> recordTypeOptions(String chosen) {
		var options = new ArrayList<Option>();
		audit.recordTypes().forEach(type -> options.add(Option.of(type, type.replace('_', ' '))));
		offerToo(options, (chosen != null) ? chosen.strip().toLowerCase() : null,
				AuditSearchFormCheck.RECORD_TYPE.pattern());
		return options;
	}

	private static void offerToo(Collection<Option> options, String chosen, String shape) {
		if (chosen != null && chosen.matches(shape)
				&& options.stream().noneMatch(option -> option.value().equals(chosen))) {
			options.add(Option.of(chosen, chosen));
		}
	}

	/** The address of the search's events: the page, or the export, with its filters. */
	static String address(String path, AuditQuery query) {
		var parameters = new StringJoiner("&");
		parameter(parameters, "actor", query.actor());
		parameter(parameters, "action", query.action());
		parameter(parameters, "recordType", query.recordType());
		parameter(parameters, "recordId", query.recordId());
		parameter(parameters, "outcome", query.outcome());
		day(parameters, "from", query.from());
		day(parameters, "to", query.to());
		return (parameters.length() != 0) ? path + "?" + parameters : path;
	}

	private static void day(StringJoiner parameters, String name, LocalDate day) {
		if (day != null) {
			parameter(parameters, name + ".day", day.getDayOfMonth());
			parameter(parameters, name + ".month", day.getMonthValue());
			parameter(parameters, name + ".year", day.getYear());
		}
	}

	private static void parameter(StringJoiner parameters, String name, Object value) {
		if (value != null) {
			parameters.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
		}
	}

}
