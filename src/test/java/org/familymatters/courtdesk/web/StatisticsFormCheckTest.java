package org.familymatters.courtdesk.web;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics filters' check, driven without Spring's web layer: empty months mean the
 * twelve months up to this one; each bad filter is refused by its field.
 */
class StatisticsFormCheckTest {

	private static final YearMonth THIS_MONTH = YearMonth.of(2026, 3);

	private static final UUID COURT = UUID.randomUUID();

	private final StatisticsForm form = new StatisticsForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final ResourceBundleMessageSource messages = SessionFormCheckTest.messages();

	private java.util.Optional<StatisticsFormCheck.Choice> check() {
		return StatisticsFormCheck.check(form, result, THIS_MONTH, Set.of(COURT)::contains);
	}

	private String message(String field) {
		return messages.getMessage(result.getFieldError(field), Locale.UK);
	}

	@Test
	void emptyFiltersMeanEveryCourtOverTheTwelveMonthsUpToThisOne() {
		var choice = check().orElseThrow();
		assertThat(choice.courtId()).isNull();
		assertThat(choice.period().from()).isEqualTo(YearMonth.of(2025, 4));
		assertThat(choice.period().to()).isEqualTo(THIS_MONTH);
		assertThat(form.getFrom()).isEqualTo("2025-04");
		assertThat(form.getTo()).isEqualTo("2026-03");
		assertThat(form.getCourt()).isEmpty();
	}

	@Test
	void aFirstMonthAloneCountsTwelveMonthsFromItOnceItIsPastThisMonth() {
		form.setFrom("2026-06");
		var choice = check().orElseThrow();
		assertThat(choice.period().to()).isEqualTo(YearMonth.of(2027, 5));
		form.setFrom("2024-1");
		form.setTo(null);
		assertThat(check().orElseThrow().period().to()).isEqualTo(THIS_MONTH);
	}

	@Test
	void aCourtOnRecordIsCounted() {
		form.setCourt(" " + COURT + " ");
		form.setFrom("2019-03");
		form.setTo("2019-04");
		var choice = check().orElseThrow();
		assertThat(choice.courtId()).isEqualTo(COURT);
		assertThat(choice.period().months()).containsExactly(YearMonth.of(2019, 3), YearMonth.of(2019, 4));
	}

	@Test
	void aCourtNotOnRecordOrNotAnIdentifierIsRefused() {
		form.setCourt(UUID.randomUUID().toString());
		assertThat(check()).isEmpty();
		assertThat(message("court")).isEqualTo("Choose a court from the list, or all courts");

		var other = new StatisticsForm();
		other.setCourt("not-a-court");
		var errors = new BeanPropertyBindingResult(other, "form");
		assertThat(StatisticsFormCheck.check(other, errors, THIS_MONTH, id -> true)).isEmpty();
		assertThat(messages.getMessage(errors.getFieldError("court"), Locale.UK))
			.isEqualTo("Choose a court from the list, or all courts");
	}

	@Test
	void monthsThatAreNotMonthsAreRefusedByTheirField() {
		form.setFrom("2019-13");
		form.setTo("x".repeat(500));
		assertThat(check()).isEmpty();
		assertThat(message("from")).isEqualTo("Enter the first month as a year and month, for example 2026-01");
		assertThat(message("to")).isEqualTo("Enter the last month as a year and month, for example 2026-12");
	}

	@Test
	void aNulCharacterIsRefusedAsInvalidText() {
		form.setFrom("2019\u0000");
		assertThat(check()).isEmpty();
		assertThat(result.getFieldError("from").getCodes()).contains("input.controlCharacters");
	}

	@Test
	void theLastMonthMustNotComeBeforeTheFirstNorTheyBeMoreThanSixtyMonthsApart() {
		form.setFrom("2019-05");
		form.setTo("2019-04");
		assertThat(check()).isEmpty();
		assertThat(message("to")).isEqualTo("The last month must be the same as or after the first month");

		var tooLong = new StatisticsForm();
		tooLong.setFrom("2019-01");
		tooLong.setTo("2024-02");
		var errors = new BeanPropertyBindingResult(tooLong, "form");
		assertThat(StatisticsFormCheck.check(tooLong, errors, THIS_MONTH, id -> true)).isEmpty();
		assertThat(messages.getMessage(errors.getFieldError("to"), Locale.UK))
			.isEqualTo("The period can be at most 60 months");
	}

}
