package org.familymatters.audit.web;

import java.time.LocalDate;

import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit search form's checks, without Spring's web layer. */
class AuditSearchFormCheckTest {

	private final AuditSearchForm form = new AuditSearchForm();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	@Test
	void anEmptyFormSearchesEverything() {
		var query = AuditSearchFormCheck.check(form, result, 0, 50).orElseThrow();
		assertThat(query.actor()).isNull();
		assertThat(query.from()).isNull();
		assertThat(query.page()).as("the first page at least").isEqualTo(1);
		assertThat(query.pageSize()).isEqualTo(50);
	}

	@Test
	void fieldsAreTrimmedAndDatesRead() {
		form.setActor(" demo-admin ");
		form.setAction("USER_CREATED");
		form.setFrom(DateParts.of(LocalDate.of(2026, 3, 1)));
		form.setTo(DateParts.of(LocalDate.of(2026, 3, 31)));
		var query = AuditSearchFormCheck.check(form, result, 2, 50).orElseThrow();
		assertThat(query.actor()).isEqualTo("demo-admin");
		assertThat(query.action()).isEqualTo("USER_CREATED");
		assertThat(query.from()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(query.to()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(query.page()).isEqualTo(2);
	}

	@Test
	void anImpossibleDateIsRefusedByItsField() {
		var from = new DateParts();
		from.setDay("31");
		from.setMonth("2");
		from.setYear("2026");
		form.setFrom(from);
		assertThat(AuditSearchFormCheck.check(form, result, 1, 50)).isEmpty();
		assertThat(result.getFieldError("from").getCodes()).containsExactly("audit.from.date", "input.date");
	}

	@Test
	void toBeforeFromIsRefused() {
		form.setFrom(DateParts.of(LocalDate.of(2026, 3, 2)));
		form.setTo(DateParts.of(LocalDate.of(2026, 3, 1)));
		assertThat(AuditSearchFormCheck.check(form, result, 1, 50)).isEmpty();
		assertThat(result.getFieldError("to").getCode()).isEqualTo("audit.to.beforeFrom");
	}

	@Test
	void aNulCharacterOrATooLongValueIsRefusedByItsField() {
		form.setActor("' or 1=1 --\u0000");
		form.setRecordId("x".repeat(5000));
		assertThat(AuditSearchFormCheck.check(form, result, 1, 50)).isEmpty();
		assertThat(result.getFieldError("actor").getCodes()).contains("input.controlCharacters");
		assertThat(result.getFieldError("recordId").getCodes()).contains("input.tooLong");
	}

	@Test
	void anActionOrARecordTypeIsChosenByItsCodeInAnyCase() {
		form.setAction("role_grant_approved");
		form.setRecordType("USER");
		form.setOutcome("refused");
		var query = AuditSearchFormCheck.check(form, result, 1, 50).orElseThrow();
		assertThat(query.action()).isEqualTo("ROLE_GRANT_APPROVED");
		assertThat(query.recordType()).isEqualTo("user");
		assertThat(query.outcome()).isEqualTo(AuditQuery.Outcome.REFUSED);
	}

	@Test
	void anActionARecordTypeOrAnOutcomeNotOfferedIsRefusedByItsField() {
		form.setAction("%00");
		form.setRecordType("user' or '1'='1");
		form.setOutcome("MAYBE");
		assertThat(AuditSearchFormCheck.check(form, result, 1, 50)).isEmpty();
		assertThat(result.getFieldError("action").getCodes()).contains("audit.action.unknownChoice");
		assertThat(result.getFieldError("recordType").getCodes()).contains("audit.recordType.unknownChoice");
		assertThat(result.getFieldError("outcome").getCodes()).contains("audit.outcome.unknownChoice");
	}

	@Test
	void aNulCharacterInAChoiceIsRefusedByItsField() {
		form.setAction("USER_CREATED\u0000");
		assertThat(AuditSearchFormCheck.check(form, result, 1, 50)).isEmpty();
		assertThat(result.getFieldError("action").getCodes()).contains("audit.action.unknownChoice");
	}

	@Test
	void theSearchsAddressKeepsItsFiltersAndDays() {
		form.setActor("demo-admin");
		form.setAction("USER_CREATED");
		form.setRecordId("a&b");
		form.setOutcome("ALLOWED");
		form.setFrom(DateParts.of(LocalDate.of(2026, 3, 1)));
		var query = AuditSearchFormCheck.check(form, result, 3, 50).orElseThrow();
		assertThat(AuditController.address("/admin/audit", query)).isEqualTo(
				"/admin/audit?actor=demo-admin&action=USER_CREATED&recordId=a%26b&outcome=ALLOWED&from.day=1&from.month=3&from.year=2026");
	}

}
