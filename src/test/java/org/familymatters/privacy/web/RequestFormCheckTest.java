package org.familymatters.privacy.web;

import java.time.LocalDate;

import org.familymatters.privacy.internal.RequestKind;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Record a request" form's checks, without Spring. */
class RequestFormCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static RequestForm valid() {
		var form = new RequestForm();
		form.setKind("ACCESS");
		form.setFullName("Kerry Ashgrove");
		form.setOtherNames("Kerry Whitlock, Kez Ashgrove");
		form.setDateOfBirth(DateParts.of(LocalDate.of(1990, 7, 9)));
		form.setPostcode("OX16 5QB");
		form.setEmail("kerry@example.org");
		form.setPhone("07700 900123");
		form.setIdentityCheck("PHOTO_ID_IN_PERSON");
		form.setDetails("Everything you hold about me");
		form.setReceivedOn(DateParts.of(LocalDate.of(2026, 1, 31)));
		return form;
	}

	static BindingResult result(RequestForm form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	@Test
	void aCompleteRequestIsDueOneCalendarMonthAfterItWasReceived() {
		var form = valid();
		var request = RequestFormCheck.request(form, TODAY, result(form)).orElseThrow();

		assertThat(request.kind()).isEqualTo(RequestKind.ACCESS);
		assertThat(request.identityCheck()).isEqualTo("Seen photo identity in person");
		assertThat(request.receivedOn()).isEqualTo(LocalDate.of(2026, 1, 31));
	}

	@Test
	void withoutAnIdentityCheckItIsRefusedByTheField() {
		var form = valid();
		form.setIdentityCheck(null);
		var result = result(form);

		assertThat(RequestFormCheck.request(form, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("identityCheck").getCodes()).contains("privacy.request.identityCheck.required");
	}

	@Test
	void anotherCheckMustSayWhatItWas() {
		var form = valid();
		form.setIdentityCheck("OTHER");
		var result = result(form);
		assertThat(RequestFormCheck.request(form, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("identityCheckDetails").getCodes())
			.contains("privacy.request.identityCheckDetails.required");

		form.setIdentityCheckDetails("Passport seen on a video call");
		assertThat(RequestFormCheck.request(form, TODAY, result(form)).orElseThrow().identityCheck())
			.isEqualTo("Other: Passport seen on a video call");
	}

	@Test
	void aReceivedDateInTheFutureOrNotADateIsRefused() {
		var form = valid();
		form.setReceivedOn(DateParts.of(TODAY.plusDays(1)));
		var result = result(form);
		assertThat(RequestFormCheck.request(form, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("receivedOn").getCodes()).contains("privacy.request.receivedOn.future");

		var parts = new DateParts();
		parts.setDay("31");
		parts.setMonth("2");
		parts.setYear("2026");
		form.setReceivedOn(parts);
		result = result(form);
		assertThat(RequestFormCheck.request(form, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("receivedOn").getCodes()).contains("privacy.request.receivedOn.date");

		form.setReceivedOn(new DateParts());
		result = result(form);
		assertThat(RequestFormCheck.request(form, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("receivedOn").getCodes()).contains("privacy.request.receivedOn.required");
	}

	@Test
	void receivedTodayIsAccepted() {
		var form = valid();
		form.setReceivedOn(DateParts.of(TODAY));
		assertThat(RequestFormCheck.request(form, TODAY, result(form))).isPresent();
	}

	@Test
	void nulCharactersAndTenThousandWordsAreRefusedByTheirFields() {
		var form = valid();
		form.setFullName("Kerry\u0000 Ashgrove");
		form.setDetails("word ".repeat(10_000));
		form.setOtherNames("\u0007");
		var result = result(form);

		assertThat(RequestFormCheck.request(form, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("fullName").getCodes()).contains("privacy.request.fullName.controlCharacters");
		assertThat(result.getFieldError("details").getCodes()).contains("privacy.request.details.tooLong");
		assertThat(result.getFieldError("otherNames")).isNotNull();
	}

	@Test
	void aKindNotOfferedAndBadIdentifiersAreRefused() {
		var form = valid();
		form.setKind("DELETE_EVERYTHING");
		form.setPostcode("not a postcode");
		form.setEmail("@@@");
		form.setDateOfBirth(DateParts.of(TODAY.plusDays(1)));
		var result = result(form);

		assertThat(RequestFormCheck.request(form, TODAY, result)).isEmpty();
		assertThat(result.getFieldErrors()).extracting("field").contains("kind", "postcode", "email", "dateOfBirth");
	}

}
