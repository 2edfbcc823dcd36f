package org.familymatters.plan.web;

import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomesFormCheckTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 30);

	private static final UUID KNOWN = UUID.randomUUID();

	private final OutcomesForm form = new OutcomesForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void noFiltersMeanTheLastTwelveMonthsEverywhere() {
		var choice = OutcomesFormCheck.check(form, result, TODAY, KNOWN::equals).orElseThrow();
		assertThat(choice.period().from()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(choice.period().to()).isEqualTo(TODAY);
		assertThat(choice.localityId()).isNull();
		assertThat(form.getFrom().getDay()).isEqualTo("1");
		assertThat(form.getFrom().getMonth()).isEqualTo("5");
	}

	@Test
	void aFirstDayLongAgoGivesTheYearFromIt() {
		form.setFrom(DateParts.of(LocalDate.of(2023, 1, 1)));
		form.setLocality(KNOWN.toString());
		var choice = OutcomesFormCheck.check(form, result, TODAY, KNOWN::equals).orElseThrow();
		assertThat(choice.period().to()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(choice.localityId()).isEqualTo(KNOWN);
	}

	@Test
	void badFiltersAreRefusedEachByItsField() {
		var from = new DateParts();
		from.setDay("31");
		from.setMonth("2");
		from.setYear("2026");
		form.setFrom(from);
		form.setLocality(UUID.randomUUID().toString());
		assertThat(OutcomesFormCheck.check(form, result, TODAY, KNOWN::equals)).isEmpty();
		assertThat(result.getFieldError("from").getCodes()).contains("outcomes.from.date");
		assertThat(result.getFieldError("locality").getCodes()).contains("outcomes.locality.unknown");
	}

	@Test
	void aLastDayBeforeTheFirstOrAPeriodTooLongIsRefused() {
		form.setFrom(DateParts.of(LocalDate.of(2026, 3, 1)));
		form.setTo(DateParts.of(LocalDate.of(2026, 2, 1)));
		assertThat(OutcomesFormCheck.check(form, result, TODAY, KNOWN::equals)).isEmpty();
		assertThat(result.getFieldError("to").getCodes()).contains("outcomes.to.beforeFrom");

		var other = new OutcomesForm();
		other.setFrom(DateParts.of(LocalDate.of(2019, 1, 1)));
		other.setTo(DateParts.of(LocalDate.of(2026, 1, 1)));
		var errors = new BeanPropertyBindingResult(other, "form");
		assertThat(OutcomesFormCheck.check(other, errors, TODAY, KNOWN::equals)).isEmpty();
		assertThat(errors.getFieldError("to").getCodes()).contains("outcomes.to.tooLong");
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreWrittenAsText() {
		assertThat(OutcomesController.asText("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(OutcomesController.asText("+0.4")).isEqualTo("'+0.4");
		assertThat(OutcomesController.asText("-1.3")).isEqualTo("'-1.3");
		assertThat(OutcomesController.asText("@x")).isEqualTo("'@x");
		assertThat(OutcomesController.asText("\tx")).isEqualTo("'\tx");
		assertThat(OutcomesController.asText("\nx")).isEqualTo("'\nx");
		assertThat(OutcomesController.asText("Banbury")).isEqualTo("Banbury");
		assertThat(OutcomesController.asText("fewer than 5")).isEqualTo("fewer than 5");
	}

}
