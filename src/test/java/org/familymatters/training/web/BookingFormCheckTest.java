package org.familymatters.training.web;

import java.time.Instant;
import java.util.Locale;

import org.familymatters.training.internal.BookingRules;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking form's check without Spring's web layer: what is typed becomes who is
 * booking (the e-mail address in lower case), each refusal is on its field in the words
 * the page shows, and the honeypot tells a program from a person. Also the booking rules:
 * the priority roles, when a reminder is due, what a link's secret looks like.
 */
class BookingFormCheckTest {

	private final BookingForm form = whole();

	private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "form");

	private final ResourceBundleMessageSource messages = messages();

	private static BookingForm whole() {
		var form = new BookingForm();
		form.setName("  Alex Head ");
		form.setEmail(" Alex.Head@School.example.org ");
		form.setOrganisation("Banbury primary school (demo)");
		form.setSector("STATUTORY");
		form.setRole("HEAD_TEACHER");
		form.setSeniority("SENIOR_MANAGER");
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
	void aWholeFormGivesWhoIsBookingWithTheAddressInLowerCase() {
		var trainee = BookingFormCheck.trainee(form, result).orElseThrow();
		assertThat(result.hasErrors()).isFalse();
		assertThat(trainee.name()).isEqualTo("Alex Head");
		assertThat(trainee.email()).isEqualTo("alex.head@school.example.org");
		assertThat(trainee.organisation()).isEqualTo("Banbury primary school (demo)");
		assertThat(trainee.sector()).isEqualTo(BookingRules.Sector.STATUTORY);
		assertThat(trainee.role()).isEqualTo(BookingRules.Role.HEAD_TEACHER);
		assertThat(trainee.seniority()).isEqualTo(BookingRules.Seniority.SENIOR_MANAGER);
		assertThat(BookingFormCheck.byABot(form)).isFalse();
	}

	@Test
	void anEmptyFormAsksForEachFieldInItsOwnWords() {
		var empty = new BookingForm();
		var emptyResult = new BeanPropertyBindingResult(empty, "form");
		assertThat(BookingFormCheck.trainee(empty, emptyResult)).isEmpty();
		assertThat(emptyResult.getFieldErrorCount()).isEqualTo(6);
		assertThat(messages.getMessage(emptyResult.getFieldError("name"), Locale.UK)).isEqualTo("Enter your full name");
		assertThat(messages.getMessage(emptyResult.getFieldError("email"), Locale.UK))
			.isEqualTo("Enter your work email address");
		assertThat(messages.getMessage(emptyResult.getFieldError("sector"), Locale.UK))
			.isEqualTo("Select the sector you work in");
		assertThat(messages.getMessage(emptyResult.getFieldError("role"), Locale.UK)).isEqualTo("Select your role");
		assertThat(messages.getMessage(emptyResult.getFieldError("seniority"), Locale.UK))
			.isEqualTo("Select how senior your role is");
	}

	@Test
	void anInvalidAddressNulCharactersOverlongTextAndUnknownChoicesAreRefusedByTheField() {
		form.setEmail("alex.head@");
		form.setName("Alex\u0000 Head");
		form.setOrganisation("x".repeat(BookingRules.ORGANISATION_MAX + 1));
		form.setSector("GOVERNMENT");
		form.setRole("'; drop table training_booking; --");
		form.setSeniority("");
		assertThat(BookingFormCheck.trainee(form, result)).isEmpty();
		assertThat(message("email"))
			.isEqualTo("Enter your work email address in the correct format, like name@example.org");
		assertThat(message("name")).startsWith("Remove the hidden control characters");
		assertThat(message("organisation")).isEqualTo("Organisation must be 200 characters or fewer");
		assertThat(message("sector")).isEqualTo("Select the sector you work in from the list");
		assertThat(message("role")).isEqualTo("Select your role from the list");
		assertThat(message("seniority")).isEqualTo("Select how senior your role is");
	}

	@Test
	void tenThousandWordsInAFieldAreRefusedNotSaved() {
		form.setName("word ".repeat(10_000));
		assertThat(BookingFormCheck.trainee(form, result)).isEmpty();
		assertThat(message("name")).isEqualTo("Name must be 120 characters or fewer");
	}

	@Test
	void theHoneypotFilledIsAProgram() {
		form.setWebsite("https://spam.example.org");
		assertThat(BookingFormCheck.byABot(form)).isTrue();
		form.setWebsite("");
		assertThat(BookingFormCheck.byABot(form)).isFalse();
	}

	@Test
	void theFormOffersEveryRoleTheIssueNamesWithThePriorityRolesFirst() {
		assertThat(BookingFormCheck.roles()).hasSize(11);
		assertThat(BookingFormCheck.roles().subList(0, 3)).extracting(o -> o.value())
			.containsExactly("HEAD_TEACHER", "SENCO", "HOME_SCHOOL_LINK_WORKER");
		assertThat(BookingRules.priorityRoles()).containsExactly(BookingRules.Role.HEAD_TEACHER,
				BookingRules.Role.SENCO, BookingRules.Role.HOME_SCHOOL_LINK_WORKER);
		assertThat(BookingFormCheck.sectors()).extracting(o -> o.value())
			.containsExactly("STATUTORY", "VOLUNTARY", "FAITH", "PRIVATE");
		assertThat(BookingFormCheck.seniorities()).extracting(o -> o.value())
			.containsExactly("FRONT_LINE", "SUPERVISOR", "SENIOR_MANAGER");
	}

	@Test
	void aReminderIsDueWithinTwoDaysOfTheStartForAPlaceTakenBefore() {
		var starts = Instant.parse("2026-06-10T09:00:00Z");
		var bookedEarly = Instant.parse("2026-05-01T12:00:00Z");
		assertThat(BookingRules.reminderDue(starts, bookedEarly, Instant.parse("2026-06-08T08:59:59Z"))).isFalse();
		assertThat(BookingRules.reminderDue(starts, bookedEarly, Instant.parse("2026-06-08T09:00:00Z"))).isTrue();
		assertThat(BookingRules.reminderDue(starts, bookedEarly, Instant.parse("2026-06-10T08:59:00Z"))).isTrue();
		assertThat(BookingRules.reminderDue(starts, bookedEarly, starts)).isFalse();
		var bookedLate = Instant.parse("2026-06-09T12:00:00Z");
		assertThat(BookingRules.reminderDue(starts, bookedLate, Instant.parse("2026-06-09T13:00:00Z"))).isFalse();
	}

	@Test
	void onlyTextShapedLikeASecretIsLookedUpAndHashesCompareWhole() {
		assertThat(BookingRules.looksLikeSecret("Vq3bXQ2d9P-4sYk_aZ0wLmN8rT6uE1cF7hJ5gK2pQxA")).isTrue();
		assertThat(BookingRules.looksLikeSecret("short")).isFalse();
		assertThat(BookingRules.looksLikeSecret("Vq3bXQ2d9P-4sYk_aZ0wLmN8rT6uE1cF7hJ5gK2pQx%")).isFalse();
		assertThat(BookingRules.looksLikeSecret(null)).isFalse();
		assertThat(BookingRules.sameHash("ab12", "ab12")).isTrue();
		assertThat(BookingRules.sameHash("ab12", "ab13")).isFalse();
		assertThat(BookingRules.sameHash("ab12", null)).isFalse();
	}

}
