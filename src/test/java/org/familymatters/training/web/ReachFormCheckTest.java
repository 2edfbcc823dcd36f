package org.familymatters.training.web;

import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.shared.web.DateParts;
import org.familymatters.training.internal.BookingRules.Role;
import org.familymatters.training.internal.BookingRules.Sector;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

class ReachFormCheckTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 4, 30);

	private static final UUID KNOWN = UUID.randomUUID();

	private final ReachForm form = new ReachForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void noFiltersMeanTheLastTwelveMonthsEverywhereAndEveryone() {
		var filter = ReachFormCheck.check(form, result, TODAY, KNOWN::equals).orElseThrow();
		assertThat(filter.from()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(filter.to()).isEqualTo(TODAY);
		assertThat(filter.localityId()).isNull();
		assertThat(filter.sector()).isNull();
		assertThat(filter.role()).isNull();
		assertThat(filter.seniority()).isNull();
		assertThat(form.getFrom().getDay()).isEqualTo("1");
		assertThat(form.getFrom().getMonth()).isEqualTo("5");
		assertThat(filter.peopleLabel()).isEqualTo("all sectors, all roles, all seniorities");
	}

	@Test
	void theChoicesAreTakenInAnyCase() {
		form.setFrom(DateParts.of(LocalDate.of(2023, 1, 1)));
		form.setLocality(KNOWN.toString());
		form.setSector("voluntary");
		form.setRole("HEAD_TEACHER");
		form.setSeniority("");
		var filter = ReachFormCheck.check(form, result, TODAY, KNOWN::equals).orElseThrow();
		assertThat(filter.to()).isEqualTo(LocalDate.of(2023, 12, 31));
		assertThat(filter.localityId()).isEqualTo(KNOWN);
		assertThat(filter.sector()).isEqualTo(Sector.VOLUNTARY);
		assertThat(filter.role()).isEqualTo(Role.HEAD_TEACHER);
		assertThat(filter.seniority()).isNull();
		assertThat(form.getSector()).isEqualTo("VOLUNTARY");
		assertThat(filter.peopleLabel()).isEqualTo("Voluntary or community sector, Head teacher, all seniorities");
	}

	@Test
	void badFiltersAreRefusedEachByItsField() {
		var from = new DateParts();
		from.setDay("31");
		from.setMonth("2");
		from.setYear("2026");
		form.setFrom(from);
		form.setLocality(UUID.randomUUID().toString());
		form.setSector("GOVERNMENT");
		form.setRole("HEADMASTER");
		form.setSeniority("junior\u0000");
		assertThat(ReachFormCheck.check(form, result, TODAY, KNOWN::equals)).isEmpty();
		assertThat(result.getFieldError("from").getCodes()).contains("reach.from.date");
		assertThat(result.getFieldError("locality").getCodes()).contains("reach.locality.unknown");
		assertThat(result.getFieldError("sector").getCodes()).contains("reach.sector.unknownChoice");
		assertThat(result.getFieldError("role").getCodes()).contains("reach.role.unknownChoice");
		assertThat(result.getFieldError("seniority")).isNotNull();
	}

	@Test
	void aFirstDayAfterTodayIsRefused() {
		form.setFrom(DateParts.of(TODAY.plusDays(1)));
		assertThat(ReachFormCheck.check(form, result, TODAY, KNOWN::equals)).isEmpty();
		assertThat(result.getFieldError("from").getCodes()).contains("reach.from.future");
	}

	@Test
	void todayIsAFirstDay() {
		form.setFrom(DateParts.of(TODAY));
		var filter = ReachFormCheck.check(form, result, TODAY, KNOWN::equals).orElseThrow();
		assertThat(filter.from()).isEqualTo(TODAY);
		assertThat(filter.to()).isEqualTo(TODAY);
	}

	@Test
	void aLastDayBeforeTheFirstOrAPeriodOverFiveYearsIsRefused() {
		form.setFrom(DateParts.of(LocalDate.of(2026, 3, 1)));
		form.setTo(DateParts.of(LocalDate.of(2026, 2, 1)));
		assertThat(ReachFormCheck.check(form, result, TODAY, KNOWN::equals)).isEmpty();
		assertThat(result.getFieldError("to").getCodes()).contains("reach.to.beforeFrom");

		var other = new ReachForm();
		other.setFrom(DateParts.of(LocalDate.of(2021, 1, 1)));
		other.setTo(DateParts.of(LocalDate.of(2026, 1, 2)));
		var errors = new BeanPropertyBindingResult(other, "form");
		assertThat(ReachFormCheck.check(other, errors, TODAY, KNOWN::equals)).isEmpty();
		assertThat(errors.getFieldError("to").getCodes()).contains("reach.to.tooLong");

		var fiveYears = new ReachForm();
		fiveYears.setFrom(DateParts.of(LocalDate.of(2021, 1, 1)));
		fiveYears.setTo(DateParts.of(LocalDate.of(2026, 1, 1)));
		assertThat(
				ReachFormCheck.check(fiveYears, new BeanPropertyBindingResult(fiveYears, "form"), TODAY, KNOWN::equals))
			.isPresent();
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreWrittenAsText() {
		assertThat(ReachController.asText("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(ReachController.asText("+44")).isEqualTo("'+44");
		assertThat(ReachController.asText("Banbury")).isEqualTo("Banbury");
		assertThat(ReachController.asText("fewer than 5")).isEqualTo("fewer than 5");
	}

}
