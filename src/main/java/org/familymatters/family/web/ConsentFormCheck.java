package org.familymatters.family.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.ConsentMethod;
import org.familymatters.consent.Consents;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;

import org.springframework.validation.BindingResult;

/**
 * Checks what the consent form sent, field by field. Every mistake is rejected on its
 * field so the page can say what to fix; nothing is saved while any remains.
 */
final class ConsentFormCheck {

	static final int PURPOSE_MAX = 1000;

	private ConsentFormCheck() {
	}

	/**
	 * Checks the whole form against the family's people and the organisations on record.
	 */
	static Optional<Consents.NewConsent> check(ConsentForm form, Set<UUID> people, Set<UUID> organisations,
			LocalDate today, BindingResult result) {
		var giver = uuid(form.getGiverId());
		if (giver == null || !people.contains(giver)) {
			result.rejectValue("giverId", "consent.giver.required");
		}
		ConsentMethod method = null;
		try {
			method = (form.getMethod() != null) ? ConsentMethod.valueOf(form.getMethod()) : null;
		}
		catch (IllegalArgumentException ex) {
			method = null;
		}
		if (method == null) {
			result.rejectValue("method", "consent.method.required");
		}
		var witness = trimmed(form.getWitness());
		if (method == ConsentMethod.VERBAL_WITNESSED && witness == null) {
			result.rejectValue("witness", "consent.witness.required");
		}
		tooLong(witness, "witness", 200, result);
		LocalDate givenOn = null;
		if (form.getGivenOn() == null || form.getGivenOn().isEmpty()) {
			result.rejectValue("givenOn", "consent.givenOn.required");
		}
		else {
			givenOn = form.getGivenOn().toDate().orElse(null);
			if (givenOn == null) {
				result.rejectValue("givenOn", "date.invalid");
			}
			else if (givenOn.isAfter(today)) {
				result.rejectValue("givenOn", "consent.givenOn.future");
			}
		}
		var scope = scope(form, organisations, result);
		LocalDate reviewOn = null;
		if (form.getReviewOn() != null && !form.getReviewOn().isEmpty()) {
			reviewOn = form.getReviewOn().toDate().orElse(null);
			if (reviewOn == null) {
				result.rejectValue("reviewOn", "date.invalid");
			}
			else if (givenOn != null && reviewOn.isBefore(givenOn)) {
				result.rejectValue("reviewOn", "consent.reviewOn.beforeGiven");
			}
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new Consents.NewConsent(giver, method, witness, givenOn, scope.purpose(), scope.kinds(),
				scope.organisations(), scope.types(), reviewOn));
	}

	/**
	 * Checks only what the printed form is filled with: purpose, kinds and recipients.
	 */
	static Scope scope(ConsentForm form, Set<UUID> organisations, BindingResult result) {
		var purpose = trimmed(form.getPurpose());
		if (purpose == null) {
			result.rejectValue("purpose", "consent.purpose.required");
		}
		tooLong(purpose, "purpose", PURPOSE_MAX, result);
		var kinds = EnumSet.noneOf(InformationKind.class);
		for (var value : list(form.getKinds())) {
			try {
				kinds.add(InformationKind.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("kinds", "consent.kinds.unknown");
				break;
			}
		}
		if (kinds.isEmpty() && !result.hasFieldErrors("kinds")) {
			result.rejectValue("kinds", "consent.kinds.required");
		}
		var chosenOrganisations = new LinkedHashSet<UUID>();
		var types = EnumSet.noneOf(OrganisationType.class);
		for (var value : list(form.getRecipients())) {
			if (!recipient(value, organisations, chosenOrganisations, types)) {
				result.rejectValue("recipients", "consent.recipients.unknown");
				break;
			}
		}
		if (chosenOrganisations.isEmpty() && types.isEmpty() && !result.hasFieldErrors("recipients")) {
			result.rejectValue("recipients", "consent.recipients.required");
		}
		return new Scope(purpose, kinds, chosenOrganisations, types);
	}

	private static boolean recipient(String value, Set<UUID> organisations, Set<UUID> chosen,
			Set<OrganisationType> types) {
		if (value == null) {
			return false;
		}
		if (value.startsWith("organisation:")) {
			var id = uuid(value.substring("organisation:".length()));
			if (id == null || !organisations.contains(id)) {
				return false;
			}
			chosen.add(id);
			return true;
		}
		if (value.startsWith("type:")) {
			try {
				types.add(OrganisationType.valueOf(value.substring("type:".length())));
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		return false;
	}

	private static List<String> list(List<String> values) {
		return (values != null) ? values : List.of();
	}

	private static void tooLong(String value, String field, int max, BindingResult result) {
		if (value != null && value.length() > max) {
			result.rejectValue(field, "consent.field.tooLong", new Object[] { max }, "Too long");
		}
	}

	static UUID uuid(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * What the sharing covers: the purpose, kinds and recipients, as the printed form
	 * needs them.
	 */
	record Scope(String purpose, Set<InformationKind> kinds, Set<UUID> organisations, Set<OrganisationType> types) {
	}

}
