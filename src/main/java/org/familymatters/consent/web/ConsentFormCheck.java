package org.familymatters.consent.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
import org.familymatters.identity.OrganisationType;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks what the consent forms sent, field by field, with {@link FormCheck}: every
 * mistake is put on its field so the page can say what to fix; nothing is saved while any
 * remains. Messages start {@code consent.}.
 */
final class ConsentFormCheck {

	static final int PURPOSE_MAX = 1000;

	static final int WITNESS_MAX = 200;

	static final int NOTE_MAX = 1000;

	private ConsentFormCheck() {
	}

	/**
	 * Checks the whole form against the family's people, the organisations on record and
	 * the day.
	 */
	static Optional<Consents.NewConsent> check(ConsentForm form, Set<UUID> people,
			Map<UUID, OrganisationType> organisations, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "consent");
		var giver = check.requiredChoice("giverId", form.getGiverId(), oneOf(people));
		var method = check.requiredChoice("method", form.getMethod(), ConsentMethod.class);
		var witness = check.text("witness", form.getWitness(), WITNESS_MAX);
		if (method == ConsentMethod.VERBAL_WITNESSED && witness == null) {
			check.reject("witness", "required");
		}
		var givenOn = check.requiredDate("givenOn", form.getGivenOn());
		if (givenOn != null && givenOn.isAfter(today)) {
			check.reject("givenOn", "future");
		}
		var scope = scope(check, form, organisations);
		var reviewOn = check.date("reviewOn", form.getReviewOn());
		if (reviewOn != null && givenOn != null && reviewOn.isBefore(givenOn)) {
			check.reject("reviewOn", "beforeGiven");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new Consents.NewConsent(giver, method, witness, givenOn, scope.purpose(), scope.kinds(),
				scope.organisations(), scope.types(), reviewOn));
	}

	/**
	 * Checks only what the printed form is filled with: purpose, kinds and recipients.
	 * What is wrong is left out (and put on its field).
	 */
	static Scope scope(ConsentForm form, Map<UUID, OrganisationType> organisations, BindingResult result) {
		return scope(FormCheck.of(result, "consent"), form, organisations);
	}

	/** How the consent was withdrawn, which must be said; null when it is not. */
	static String withdrawalNote(WithdrawalForm form, BindingResult result) {
		return FormCheck.of(result, "consent.withdrawal").requiredText("note", form.getNote(), NOTE_MAX);
	}

	private static Scope scope(FormCheck check, ConsentForm form, Map<UUID, OrganisationType> organisations) {
		var purpose = check.requiredText("purpose", form.getPurpose(), PURPOSE_MAX);
		var kinds = EnumSet.noneOf(InformationKind.class);
		for (var value : list(form.getKinds())) {
			var kind = check.take("kinds", Input.choice(value, InformationKind.class));
			if (check.failed("kinds")) {
				break;
			}
			if (kind != null) {
				kinds.add(kind);
			}
		}
		if (kinds.isEmpty()) {
			check.reject("kinds", "required");
		}
		var chosen = new LinkedHashSet<UUID>();
		var types = EnumSet.noneOf(OrganisationType.class);
		for (var value : list(form.getRecipients())) {
			if (!recipient(value, organisations, chosen, types)) {
				check.reject("recipients", "unknownChoice");
				break;
			}
		}
		if (chosen.isEmpty() && types.isEmpty()) {
			check.reject("recipients", "required");
		}
		schools(check, kinds, chosen, types, organisations);
		return new Scope(purpose, kinds, chosen, types);
	}

	/**
	 * A school sees only who its pupils are (the access rule): consent for a school must
	 * cover who they are, and consent for schools alone may cover nothing else, so that
	 * the form never promises a school what it would not be shown.
	 */
	private static void schools(FormCheck check, Set<InformationKind> kinds, Set<UUID> chosen,
			Set<OrganisationType> types, Map<UUID, OrganisationType> organisations) {
		var recipients = new ArrayList<OrganisationType>(types);
		chosen.forEach(id -> recipients.add(organisations.get(id)));
		if (recipients.isEmpty() || kinds.isEmpty() || !recipients.contains(OrganisationType.SCHOOL)) {
			return;
		}
		if (!kinds.contains(InformationKind.IDENTITY)) {
			check.reject("recipients", "schoolWithoutIdentity");
		}
		else if (recipients.stream().allMatch(t -> t == OrganisationType.SCHOOL) && kinds.size() > 1) {
			check.reject("kinds", "schoolOnlyIdentity");
		}
	}

	/**
	 * Takes one recipient, {@code organisation:<id>} of an organisation on record or
	 * {@code type:<organisation type>}; false for anything else.
	 */
	private static boolean recipient(String value, Map<UUID, OrganisationType> organisations, Set<UUID> chosen,
			Set<OrganisationType> types) {
		var text = Input.trimmed(value);
		if (text == null || Input.hasControlCharacters(text)) {
			return false;
		}
		if (text.startsWith("organisation:")) {
			var id = oneOf(organisations.keySet()).apply(text.substring("organisation:".length()));
			id.ifPresent(chosen::add);
			return id.isPresent();
		}
		if (text.startsWith("type:")) {
			var type = Input.choice(text.substring("type:".length()), OrganisationType.class);
			type.toOptional().ifPresent(types::add);
			return type.value() != null;
		}
		return false;
	}

	/** A choice among these identifiers. */
	static Function<String, Optional<UUID>> oneOf(Set<UUID> ids) {
		return text -> Input.identifier(text).toOptional().filter(ids::contains);
	}

	private static List<String> list(List<String> values) {
		return (values != null) ? values : List.of();
	}

	/**
	 * What the sharing covers: the purpose, kinds and recipients, as the printed form
	 * needs them.
	 */
	record Scope(String purpose, Set<InformationKind> kinds, Set<UUID> organisations, Set<OrganisationType> types) {
	}

}
