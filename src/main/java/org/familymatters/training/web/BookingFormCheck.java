package org.familymatters.training.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;
import org.familymatters.training.internal.BookingRules;

import org.springframework.validation.BindingResult;

/**
 * Checks the booking form with {@link FormCheck} (messages under {@value #PREFIX}): a
 * name, a work e-mail address, an organisation, a sector, a role and a seniority, each
 * required; text is refused with a NUL or other control character or when too long. Also:
 * whether the honeypot was filled (an automated form filler), and the options the form
 * offers. Pure: unit-tested without Spring.
 */
final class BookingFormCheck {

	/** Where the booking form's messages start. */
	static final String PREFIX = "training.booking";

	private BookingFormCheck() {
	}

	/** Who is booking, or empty with each problem on its field. */
	static Optional<BookingRules.Trainee> trainee(BookingForm form, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		var name = check.requiredText("name", form.getName(), BookingRules.NAME_MAX);
		var email = check.requiredEmail("email", form.getEmail());
		var organisation = check.requiredText("organisation", form.getOrganisation(), BookingRules.ORGANISATION_MAX);
		var sector = check.requiredChoice("sector", form.getSector(), BookingRules.Sector.class);
		var role = check.requiredChoice("role", form.getRole(), BookingRules.Role.class);
		var seniority = check.requiredChoice("seniority", form.getSeniority(), BookingRules.Seniority.class);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new BookingRules.Trainee(name, email, organisation, sector, role, seniority));
	}

	/**
	 * Whether the hidden field people are asked to leave empty was filled: the form was
	 * sent by a program. Nothing is saved, and the answer looks the same.
	 */
	static boolean byABot(BookingForm form) {
		return form.getWebsite() != null && !form.getWebsite().isEmpty();
	}

	/** The sectors, as radios. */
	static List<Option> sectors() {
		return Arrays.stream(BookingRules.Sector.values()).map(s -> new Option(s.name(), s.label(), s.hint())).toList();
	}

	/** The roles as radios, the priority roles first. */
	static List<Option> roles() {
		return Arrays.stream(BookingRules.Role.values()).map(r -> new Option(r.name(), r.label(), null)).toList();
	}

	/** The seniorities, as radios. */
	static List<Option> seniorities() {
		return Arrays.stream(BookingRules.Seniority.values()).map(s -> new Option(s.name(), s.label(), null)).toList();
	}

}
