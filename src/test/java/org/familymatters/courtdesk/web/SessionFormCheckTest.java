package org.familymatters.courtdesk.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.courtdesk.internal.Rota;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session form's check, driven without Spring's web layer: what is typed becomes a
 * session's details, and each problem is on its field, in the words the page shows.
 */
class SessionFormCheckTest {

	private static final UUID COURT = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	private final SessionForm form = whole();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final ResourceBundleMessageSource messages = messages();

	private static SessionForm whole() {
		var form = new SessionForm();
		form.setCourtId(COURT.toString());
		form.setDate(DateParts.of(LocalDate.of(2030, 3, 27)));
		form.setStartsAt("09:30");
		form.setEndsAt("13:00");
		form.setVolunteersNeeded("2");
		form.setNotes("  Second floor  ");
		return form;
	}

	static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private String message(String field) {
		return messages.getMessage(result.getFieldError(field), Locale.UK);
	}

	private void check() {
		SessionFormCheck.details(form, SessionFormCheck.of(result));
	}

	@Test
	void aWholeFormGivesTheDetails() {
		var details = SessionFormCheck.details(form, SessionFormCheck.of(result));
		assertThat(result.hasErrors()).isFalse();
		assertThat(details.courtId()).isEqualTo(COURT);
		assertThat(details.date()).isEqualTo(LocalDate.of(2030, 3, 27));
		assertThat(details.startsAt()).isEqualTo(LocalTime.of(9, 30));
		assertThat(details.endsAt()).isEqualTo(LocalTime.of(13, 0));
		assertThat(details.volunteersNeeded()).isEqualTo(2);
		assertThat(details.notes()).isEqualTo("Second floor");
	}

	@Test
	void aTimeWithAFullStopIsTakenLikeTheContactForm() {
		form.setStartsAt("9.30");
		form.setEndsAt("13.15");
		var details = SessionFormCheck.details(form, SessionFormCheck.of(result));
		assertThat(result.hasErrors()).isFalse();
		assertThat(details.startsAt()).isEqualTo(LocalTime.of(9, 30));
		assertThat(details.endsAt()).isEqualTo(LocalTime.of(13, 15));
	}

	@Test
	void aMissingCourtIsRefusedByItsFieldNotWithAnError() {
		form.setCourtId(null);
		check();
		assertThat(message("courtId")).isEqualTo("Choose the court");
	}

	@Test
	void aCourtThatIsNotAnIdentifierIsRefused() {
		form.setCourtId("Reading\u0000");
		check();
		assertThat(message("courtId")).isEqualTo("Choose a court from the list");
	}

	@Test
	void aNulCharacterInTheNotesIsRefusedAsInvalidText() {
		form.setNotes("Second\u0000floor");
		check();
		assertThat(result.getFieldError("notes").getCodes()).contains("input.controlCharacters");
		assertThat(message("notes")).startsWith("Remove the hidden control characters");
	}

	@Test
	void notesTooLongAreRefused() {
		form.setNotes("x".repeat(501));
		check();
		assertThat(message("notes")).isEqualTo("Notes must be 500 characters or fewer");
	}

	@Test
	void timesThatAreNotTimesSayHowToWriteOne() {
		form.setStartsAt("half nine");
		form.setEndsAt("25:00");
		check();
		assertThat(message("startsAt")).isEqualTo("Enter the start time as hours and minutes, for example 09:30");
		assertThat(message("endsAt")).isEqualTo("Enter the end time as hours and minutes, for example 13:00");
	}

	@Test
	void aMissingTimeOrDateIsAskedFor() {
		form.setStartsAt(" ");
		form.setDate(new DateParts());
		check();
		assertThat(message("startsAt")).isEqualTo("Enter the start time as hours and minutes, for example 09:30");
		assertThat(message("date")).isEqualTo("Enter the date of the session");
	}

	@Test
	void aDateThatIsNotADateIsRefused() {
		var date = DateParts.of(LocalDate.of(2030, 3, 27));
		date.setMonth("13");
		form.setDate(date);
		check();
		assertThat(message("date")).isEqualTo("Date must be a real date, for example 27 3 2026");
	}

	@Test
	void volunteersNeededFromOneToTwenty() {
		for (var needed : List.of("0", "21", "two", "")) {
			var bad = whole();
			bad.setVolunteersNeeded(needed);
			var errors = new BeanPropertyBindingResult(bad, "form");
			SessionFormCheck.details(bad, SessionFormCheck.of(errors));
			assertThat(messages.getMessage(errors.getFieldError("volunteersNeeded"), Locale.UK)).as(needed)
				.isEqualTo("Volunteers needed must be a whole number from 1 to 20");
		}
	}

	@Test
	void whatTheRotaRefusesGoesOnItsFieldUnlessTheFieldHasAProblemAlready() {
		form.setStartsAt("half nine");
		var check = SessionFormCheck.of(result);
		SessionFormCheck.details(form, check);
		SessionFormCheck.reject(List.of(new Rota.Problem("date", "courtdesk.session.date.past"),
				new Rota.Problem("startsAt", "courtdesk.session.endsAt.beforeStart")), check);
		assertThat(message("date")).isEqualTo("Date must be today or in the future");
		assertThat(result.getFieldErrors("startsAt")).hasSize(1);
	}

}
