package org.familymatters.prison.web;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The check of a prison's family services form, without Spring. */
class PrisonServicesFormTest {

	static PrisonServicesForm filled() {
		var form = new PrisonServicesForm();
		form.setInThamesValley("yes");
		form.setVisitsPhone("01869 000000");
		form.setVisitsWebAddress("https://visits.example.org/book");
		form.setVisitsNotes("Book at least two days ahead.");
		form.setFamilyDays("Once a month, on a Saturday.");
		form.setLiaisonName("Family liaison officer");
		form.setLiaisonEmail("families@example.org");
		form.setLiaisonPhone("01869 000001");
		form.setVersion(0L);
		return form;
	}

	@Test
	void aFilledFormGivesTheServices() {
		var result = new BeanPropertyBindingResult(filled(), "form");
		var services = filled().check(result).orElseThrow();
		assertThat(services.inThamesValley()).isTrue();
		assertThat(services.visitsWebAddress()).isEqualTo("https://visits.example.org/book");
		assertThat(services.liaisonEmail()).isEqualTo("families@example.org");
	}

	@Test
	void onlyWhetherItIsInTheThamesValleyMustBeSaid() {
		var form = new PrisonServicesForm();
		form.setInThamesValley("no");
		form.setVersion(3L);
		var services = form.check(new BeanPropertyBindingResult(form, "form")).orElseThrow();
		assertThat(services.inThamesValley()).isFalse();
		assertThat(services.visitsPhone()).isNull();

		var unsaid = new PrisonServicesForm();
		unsaid.setVersion(3L);
		var result = new BeanPropertyBindingResult(unsaid, "form");
		assertThat(unsaid.check(result)).isEmpty();
		assertThat(result.getFieldError("inThamesValley").getCodes())
			.contains("prison.services.inThamesValley.required");
	}

	@Test
	void eachBadFieldIsRefusedByItself() {
		var form = filled();
		form.setInThamesValley("perhaps");
		form.setVisitsPhone("call me");
		form.setVisitsWebAddress("javascript:alert(1)");
		form.setLiaisonEmail("@@@");
		form.setLiaisonPhone("\u0000");
		form.setFamilyDays("word ".repeat(10_000));
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(form.check(result)).isEmpty();
		assertThat(result.getFieldErrors()).extracting(e -> e.getField())
			.containsExactlyInAnyOrder("inThamesValley", "visitsPhone", "visitsWebAddress", "liaisonEmail",
					"liaisonPhone", "familyDays");
	}

	@Test
	void aFormWithoutItsVersionIsRefusedAsChangedElsewhere() {
		var form = filled();
		form.setVersion(null);
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(form.check(result)).isEmpty();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
	}

}
