package org.familymatters.network.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting form's check without Spring's web layer: what is typed becomes the
 * meeting's details in Europe/London, and each refusal is on its field in the words the
 * page shows.
 */
class MeetingFormCheckTest {

	/** Now: 10 March 2026, 9am in London. */
	private static final Instant NOW = ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, ServiceTime.ZONE).toInstant();

	private final MeetingForm form = whole();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final ResourceBundleMessageSource messages = messages();

	private static MeetingForm whole() {
		var form = new MeetingForm();
		form.setDate(DateParts.of(LocalDate.of(2026, 6, 10)));
		form.setStartsAt("10:00");
		form.setEndsAt("12.30");
		form.setPlace("  Banbury town hall (demo)  ");
		form.setOnlineLink("https://meet.example.org/banbury");
		return form;
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private String message(String field) {
		return messages.getMessage(result.getFieldError(field), Locale.UK);
	}

	@Test
	void aWholeFormGivesTheDetailsInLondonTime() {
		var details = MeetingFormCheck.details(form, NOW, false, result).orElseThrow();
		// 10 June is in British Summer Time: 10am in London is 9am UTC.
		assertThat(details.startsAt()).isEqualTo(Instant.parse("2026-06-10T09:00:00Z"));
		assertThat(details.endsAt()).isEqualTo(Instant.parse("2026-06-10T11:30:00Z"));
		assertThat(details.place()).isEqualTo("Banbury town hall (demo)");
		assertThat(details.onlineLink()).isEqualTo("https://meet.example.org/banbury");
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aPlaceAloneOrALinkAloneIsEnough() {
		form.setOnlineLink(" ");
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isPresent();
		form.setPlace(null);
		form.setOnlineLink("http://meet.example.org/banbury");
		assertThat(MeetingFormCheck.details(form, NOW, false, result).orElseThrow().place()).isNull();
	}

	@Test
	void neitherPlaceNorLinkIsRefused() {
		form.setPlace("");
		form.setOnlineLink(null);
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isEmpty();
		assertThat(message("place")).isEqualTo("Enter a place or an online link for the meeting");
	}

	@Test
	void aLinkThatIsNotAWebAddressIsRefused() {
		form.setOnlineLink("javascript:alert(1)");
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isEmpty();
		assertThat(message("onlineLink")).startsWith("Enter the online link as a web address starting https://");
		assertThat(result.getFieldError("place")).as("a bad link is not also 'no place'").isNull();
	}

	@Test
	void aDayInThePastIsRefused() {
		form.setDate(DateParts.of(LocalDate.of(2026, 3, 9)));
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isEmpty();
		assertThat(message("date")).isEqualTo("The meeting must be in the future: enter today or a later date");
	}

	@Test
	void todayAtAnHourPastIsRefusedOnTheStartTime() {
		form.setDate(DateParts.of(LocalDate.of(2026, 3, 10)));
		form.setStartsAt("08:30");
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isEmpty();
		assertThat(message("startsAt")).isEqualTo("The meeting must start in the future: enter a later time");
	}

	@Test
	void todayLaterIsAccepted() {
		form.setDate(DateParts.of(LocalDate.of(2026, 3, 10)));
		form.setStartsAt("09:30");
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isPresent();
	}

	@Test
	void anEndNotAfterTheStartIsRefused() {
		form.setEndsAt("10:00");
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isEmpty();
		assertThat(message("endsAt")).isEqualTo("End time must be after the start time");
	}

	@Test
	void moreThanTwoYearsAheadIsRefused() {
		form.setDate(DateParts.of(LocalDate.of(2028, 3, 11)));
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isEmpty();
		assertThat(message("date")).isEqualTo("The meeting must be within the next 2 years");
	}

	@Test
	void missingAndBadPartsAreEachOnTheirField() {
		form.setDate(new DateParts());
		form.setStartsAt("25:00");
		form.setEndsAt(null);
		form.setPlace("Hall\u0000");
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isEmpty();
		assertThat(message("date")).isEqualTo("Enter the date of the meeting");
		assertThat(message("startsAt")).isEqualTo("Enter the start time as hours and minutes, for example 10:00");
		assertThat(message("endsAt")).isEqualTo("Enter the end time as hours and minutes, for example 12:00");
		assertThat(message("place")).startsWith("Remove the hidden control characters");
	}

	@Test
	void aLongPlaceIsRefused() {
		form.setPlace("x".repeat(MeetingFormCheck.PLACE_MAX + 1));
		assertThat(MeetingFormCheck.details(form, NOW, false, result)).isEmpty();
		assertThat(message("place")).isEqualTo("Place must be 200 characters or fewer");
	}

	@Test
	void aChangeMustCarryTheVersionItWasMadeFrom() {
		assertThat(MeetingFormCheck.details(form, NOW, true, result)).isEmpty();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
		var again = new BeanPropertyBindingResult(form, "form");
		form.setVersion(3L);
		assertThat(MeetingFormCheck.details(form, NOW, true, again)).isPresent();
	}

	@Test
	void aTimeInTheClockChangeGapStillGivesAnInstant() {
		// 29 March 2026, 1:30am does not exist in London: the clocks go forward.
		form.setDate(DateParts.of(LocalDate.of(2026, 3, 29)));
		form.setStartsAt("01:30");
		form.setEndsAt("03:00");
		var details = MeetingFormCheck.details(form, NOW, false, result).orElseThrow();
		assertThat(details.endsAt()).isAfter(details.startsAt());
		assertThat(LocalTime.ofInstant(details.endsAt(), ServiceTime.ZONE)).isEqualTo(LocalTime.of(3, 0));
	}

}
