package org.familymatters.privacy.web;

import org.familymatters.shared.privacy.RetentionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The limits of a retention period as typed, without Spring. */
class RetentionFormCheckTest {

	@ParameterizedTest
	@EnumSource(RetentionKind.class)
	void eachKindTakesItsMinimumAndMaximumAndRefusesOneBeyondEither(RetentionKind kind) {
		assertThat(check(kind, Integer.toString(kind.minimumMonths())).months).isEqualTo(kind.minimumMonths());
		assertThat(check(kind, Integer.toString(kind.maximumMonths())).months).isEqualTo(kind.maximumMonths());

		var below = check(kind, Integer.toString(kind.minimumMonths() - 1));
		assertThat(below.months).isNull();
		assertThat(below.result.getFieldError("months").getCode()).isEqualTo("retention.months.belowMinimum");
		assertThat(below.result.getFieldError("months").getArguments()).containsExactly(kind.minimumMonths(),
				kind.label());

		var above = check(kind, Integer.toString(kind.maximumMonths() + 1));
		assertThat(above.months).isNull();
		assertThat(above.result.getFieldError("months").getCode()).isEqualTo("retention.months.aboveMaximum");
		assertThat(above.result.getFieldError("months").getArguments()).containsExactly(kind.maximumMonths(),
				kind.label());
	}

	@Test
	void aPeriodMustBeAWholeNumberOfMonths() {
		assertThat(check(RetentionKind.UNACCEPTED_REQUESTS, "").result.getFieldError("months").getCodes())
			.contains("retention.months.required");
		assertThat(check(RetentionKind.UNACCEPTED_REQUESTS, "twelve").result.getFieldError("months").getCodes())
			.contains("retention.months.number");
		assertThat(check(RetentionKind.UNACCEPTED_REQUESTS, "-3").result.getFieldError("months").getCodes())
			.contains("retention.months.number");
		assertThat(check(RetentionKind.UNACCEPTED_REQUESTS, "12\u0000").months).isNull();
		assertThat(check(RetentionKind.UNACCEPTED_REQUESTS, "99999999999").months).isNull();
		assertThat(check(RetentionKind.UNACCEPTED_REQUESTS, " 12 ").months).isEqualTo(12);
	}

	@Test
	void aFormWithoutTheVersionItChangesSavesNothing() {
		var form = new RetentionForm();
		form.setMonths("12");
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(RetentionFormCheck.months(form, RetentionKind.UNACCEPTED_REQUESTS, result)).isNull();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
	}

	private static Checked check(RetentionKind kind, String months) {
		var form = new RetentionForm();
		form.setMonths(months);
		form.setVersion(0L);
		var result = new BeanPropertyBindingResult(form, "form");
		return new Checked(RetentionFormCheck.months(form, kind, result), result);
	}

	private record Checked(Integer months, BeanPropertyBindingResult result) {
	}

}
