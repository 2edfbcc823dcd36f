package org.familymatters.audit.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familymatters.audit.internal.AuditActions;
import org.familymatters.audit.internal.AuditEvent;
import org.familymatters.shared.time.ServiceTime;

/**
 * Audit events as a spreadsheet (CSV, Apache Commons CSV): one row per event, with the
 * action in words beside its code. Every cell is text a spreadsheet will not run as a
 * formula. Pure: unit-tested without Spring.
 */
final class AuditCsv {

	static final List<String> COLUMNS = List.of("Event", "When (UK time)", "Who", "Through API token", "Action",
			"Action code", "Outcome", "Record type", "Record id", "Basis", "Basis reference", "Detail");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ServiceTime.ZONE);

	private final CSVPrinter printer;

	private final AuditActions actions;

	AuditCsv(Appendable out, AuditActions actions) throws IOException {
		this.printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
		this.actions = actions;
	}

	/** Writes one event as a row. */
	void write(AuditEvent event) throws IOException {
		printer.printRecord(String.valueOf(event.id()), WHEN.format(event.occurredAt()), asText(event.actorUsername()),
				(event.apiTokenId() != null) ? event.apiTokenId().toString() : "",
				asText(actions.describe(event.action())), asText(event.action()),
				"REFUSED".equals(event.outcome()) ? "Refused" : "Allowed", asText(event.recordType()),
				asText(event.recordId()), asText(event.basis()), asText(event.basisReference()),
				asText(event.detail()));
	}

	void flush() throws IOException {
		printer.flush();
	}

	/**
	 * Text a spreadsheet will not run as a formula: a value that starts with =, +, -, @,
	 * a tab or a line break is written after an apostrophe; null is written empty.
	 */
	static String asText(String text) {
		if (text == null) {
			return "";
		}
		if (!text.isEmpty() && "=+-@\t\r\n".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
