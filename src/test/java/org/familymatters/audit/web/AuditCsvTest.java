package org.familymatters.audit.web;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;
import org.familymatters.audit.internal.AuditActions;
import org.familymatters.audit.internal.AuditEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Audit events as a spreadsheet, without Spring. */
class AuditCsvTest {

	private final AuditActions actions = new AuditActions(List.of(AuditActionCatalogue.of(Action.class)));

	@Test
	void eachEventIsARowWithItsActionInWordsAndEveryCellOfAColumn() throws IOException {
		var out = new StringBuilder();
		var csv = new AuditCsv(out, actions);
		var token = UUID.randomUUID();
		csv.write(new AuditEvent(7, Instant.parse("2026-07-01T09:30:00Z"), null, "demo-admin", "THING_DONE", "REFUSED",
				"user", "42", "ROLE", "ADMINISTRATOR", "a detail, with a comma", token));
		csv.flush();
		var records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString()))
			.getRecords();
		assertThat(out.toString()).startsWith(String.join(",", AuditCsv.COLUMNS));
		assertThat(records).singleElement().satisfies(row -> {
			assertThat(row.get("Event")).isEqualTo("7");
			assertThat(row.get("When (UK time)")).as("British Summer Time").isEqualTo("2026-07-01 10:30:00");
			assertThat(row.get("Action")).isEqualTo("Did a thing");
			assertThat(row.get("Action code")).isEqualTo("THING_DONE");
			assertThat(row.get("Outcome")).isEqualTo("Refused");
			assertThat(row.get("Through API token")).isEqualTo(token.toString());
			assertThat(row.get("Detail")).isEqualTo("a detail, with a comma");
		});
	}

	@Test
	void noCellIsReadAsAFormula() {
		for (var formula : List.of("=HYPERLINK(\"http://evil.example\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(AuditCsv.asText(formula)).as(formula).startsWith("'");
		}
		assertThat(AuditCsv.asText("demo-admin")).isEqualTo("demo-admin");
		assertThat(AuditCsv.asText(null)).isEmpty();
	}

	/** An action of this test's own. */
	enum Action implements AuditAction {

		THING_DONE;

		@Override
		public String description() {
			return "Did a thing";
		}

	}

}
