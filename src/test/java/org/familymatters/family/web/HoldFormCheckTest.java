package org.familymatters.family.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** A safeguarding hold as typed, without Spring. */
class HoldFormCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

	static final UUID FAMILY = UUID.randomUUID();

	@Test
	void aHoldNamesAFamilyOnRecordALastDayFromTodayAndAReason() {
		var result = result(form("FM-000123", TODAY, "A child protection enquiry is open"));
		assertThat(result.hold).contains(new HoldFormCheck.Hold(FAMILY, TODAY, "A child protection enquiry is open"));
	}

	@Test
	void eachMissingOrWrongFieldIsSaidByItself() {
		var missing = result(form("", null, " "));
		assertThat(missing.hold).isEmpty();
		assertThat(missing.result.getFieldError("reference").getCodes()).contains("hold.reference.required");
		assertThat(missing.result.getFieldError("until").getCodes()).contains("hold.until.required");
		assertThat(missing.result.getFieldError("reason").getCodes()).contains("hold.reason.required");

		assertThat(result(form("FM-999999", TODAY, "Why")).result.getFieldError("reference").getCode())
			.isEqualTo("hold.reference.unknown");
		assertThat(result(form("FM-000123", TODAY.minusDays(1), "Why")).result.getFieldError("until").getCode())
			.isEqualTo("hold.until.past");
		assertThat(result(form("FM-000123", TODAY.plusYears(10).plusDays(1), "Why")).result.getFieldError("until")
			.getCode()).isEqualTo("hold.until.tooFar");
		assertThat(result(form("FM-000123", TODAY.plusYears(10), "Why")).hold).isPresent();
		assertThat(result(form("FM-000123\u0000", TODAY, "Why")).hold).isEmpty();
		assertThat(result(form("FM-000123", TODAY, "word ".repeat(10_000))).hold).isEmpty();
	}

	private static HoldForm form(String reference, LocalDate until, String reason) {
		var form = new HoldForm();
		form.setReference(reference);
		form.setUntil((until != null) ? DateParts.of(until) : new DateParts());
		form.setReason(reason);
		return form;
	}

	private static Checked result(HoldForm form) {
		var result = new BeanPropertyBindingResult(form, "form");
		var hold = HoldFormCheck.check(form, TODAY,
				reference -> "FM-000123".equals(reference) ? Optional.of(FAMILY) : Optional.empty(), result);
		return new Checked(hold, result);
	}

	private record Checked(Optional<HoldFormCheck.Hold> hold, BeanPropertyBindingResult result) {
	}

}
