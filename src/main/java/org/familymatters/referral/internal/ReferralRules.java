package org.familymatters.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.input.InputProblem;

/**
 * What a referral must be to be saved, whoever sends it (the forms, the API, the court
 * desk): each text through the service's {@link Input} rules (trimmed, no control
 * characters, not too long), e-mail addresses, phone numbers and postcodes in their one
 * format, and the rules of referral itself (who must give an e-mail address, a self
 * referral's consent, a date of birth in the past). Pure: what is on record is asked of
 * {@link OnRecord}, and today is given, so that it is tested without Spring.
 */
public final class ReferralRules {

	/** The most people one referral may name. */
	public static final int MAX_PEOPLE = 12;

	/** The longest referrer's name and organisation name. */
	public static final int NAME_MAX = 200;

	/** The longest given or family name of a person named. */
	public static final int PERSON_NAME_MAX = 100;

	/** The longest other names of a person named. */
	public static final int OTHER_NAMES_MAX = 200;

	/** The longest relationship of a person named. */
	public static final int RELATIONSHIP_MAX = 100;

	/** The longest address of a person named. */
	public static final int ADDRESS_MAX = 300;

	/** The longest reason for a referral. */
	public static final int REASON_MAX = 4000;

	/** The longest best time to call. */
	public static final int BEST_TIME_MAX = 200;

	/** The oldest a person named may be, in years. */
	public static final int AGE_MAX = 120;

	private ReferralRules() {
	}

	/** What is wrong with a referral, field by field; empty when it may be saved. */
	public static List<ReferralProblem> check(NewReferral r, LocalDate today, OnRecord onRecord) {
		var problems = new ArrayList<ReferralProblem>();
		if (r.source() == null) {
			problems.add(new ReferralProblem("source", "referral.source.required"));
		}
		text(r.referrerName(), "referrerName", NAME_MAX, "referral.referrerName.required", problems);
		var email = Input.email(r.referrerEmail());
		if (email.failed()) {
			problems.add(new ReferralProblem("referrerEmail", code(email, "referral.email.invalid")));
		}
		else if (email.isEmpty() && r.source() != null && r.source() != ReferralSource.SELF
				&& r.source() != ReferralSource.COURT_DESK) {
			// A court desk volunteer may have no e-mail address: the decision reaches the
			// court desk through its statistics instead.
			problems.add(new ReferralProblem("referrerEmail", "referral.referrerEmail.required"));
		}
		var phone = Input.ukPhone(r.referrerPhone());
		if (phone.failed()) {
			problems.add(new ReferralProblem("referrerPhone", code(phone, "referral.phone.invalid")));
		}
		if (r.source() == ReferralSource.SELF && email.isEmpty() && phone.isEmpty()) {
			problems.add(new ReferralProblem("referrerEmail", "referral.self.contact.required"));
		}
		if (r.referrerOrganisationId() != null && !onRecord.organisation(r.referrerOrganisationId())) {
			problems.add(new ReferralProblem("referrerOrganisationId", "referral.organisation.unknown"));
		}
		var organisationName = text(r.referrerOrganisationName(), "referrerOrganisationName", NAME_MAX, null, problems);
		if (r.source() != null && r.source() != ReferralSource.SELF && r.referrerOrganisationId() == null
				&& organisationName.isEmpty()) {
			problems.add(new ReferralProblem("referrerOrganisationId", "referral.organisation.required"));
		}

		var localityKnown = r.localityId() != null && onRecord.locality(r.localityId());
		if (!localityKnown) {
			problems.add(new ReferralProblem("localityId", "referral.locality.required"));
		}

		if (r.people().isEmpty()) {
			problems.add(new ReferralProblem("people[0].givenName", "referral.people.required"));
		}
		if (r.people().size() > MAX_PEOPLE) {
			problems.add(new ReferralProblem("people[0].givenName", "referral.people.tooMany"));
		}
		for (int i = 0; i < r.people().size(); i++) {
			person(r.people().get(i), "people[" + i + "].", today, problems);
		}

		text(r.reason(), "reason", REASON_MAX, "referral.reason.required", problems);
		text(r.bestTimeToCall(), "bestTimeToCall", BEST_TIME_MAX, null, problems);
		for (var need : r.needs()) {
			if (need == null || !onRecord.need(need)) {
				problems.add(new ReferralProblem("needs", "referral.needs.unknown"));
				break;
			}
		}
		if (localityKnown) {
			var ofLocality = onRecord.criteria(r.localityId());
			if (r.criteria().stream().anyMatch(c -> c == null || !ofLocality.contains(c))) {
				problems.add(new ReferralProblem("criteria", "referral.criteria.unknown"));
			}
		}
		if (r.source() == ReferralSource.SELF && !r.consentToContact()) {
			problems.add(new ReferralProblem("consentToContact", "referral.self.consent.required"));
		}
		return List.copyOf(problems);
	}

	/**
	 * The same referral as the rules read it: text trimmed, empty text as none, postcodes
	 * in capitals with one space. Only for a referral that passed {@link #check}.
	 */
	public static NewReferral tidy(NewReferral r) {
		var people = r.people()
			.stream()
			.map(p -> new NewReferral.Person(Input.trimmed(p.givenName()), Input.trimmed(p.familyName()),
					Input.trimmed(p.otherNames()), p.dateOfBirth(), Input.trimmed(p.relationship()), p.role(),
					Input.trimmed(p.phone()), Input.trimmed(p.email()), Input.trimmed(p.address()),
					Input.ukPostcode(p.postcode()).value()))
			.toList();
		return new NewReferral(r.source(), Input.trimmed(r.referrerName()), Input.trimmed(r.referrerEmail()),
				Input.trimmed(r.referrerPhone()), r.referrerOrganisationId(),
				(r.referrerOrganisationId() != null) ? null : Input.trimmed(r.referrerOrganisationName()),
				r.localityId(), people, Input.trimmed(r.reason()), r.needs(), r.criteria(), r.consentToContact(),
				Input.trimmed(r.bestTimeToCall()), r.facts());
	}

	/**
	 * The criteria a referral meets: those ticked, and every criterion of its locality
	 * whose meaning is a fact the referral states; in the locality's order, once each.
	 */
	public static List<UUID> criteriaMet(NewReferral r, List<Criterion> ofLocality) {
		var met = new LinkedHashSet<UUID>();
		for (var criterion : ofLocality) {
			if (r.criteria().contains(criterion.id())
					|| (criterion.meaning() != null && r.facts().contains(criterion.meaning()))) {
				met.add(criterion.id());
			}
		}
		met.addAll(r.criteria());
		return List.copyOf(met);
	}

	private static void person(NewReferral.Person p, String prefix, LocalDate today, List<ReferralProblem> problems) {
		if (p == null) {
			problems.add(new ReferralProblem(prefix + "givenName", "referral.person.givenName.required"));
			return;
		}
		text(p.givenName(), prefix + "givenName", PERSON_NAME_MAX, "referral.person.givenName.required", problems);
		text(p.familyName(), prefix + "familyName", PERSON_NAME_MAX, "referral.person.familyName.required", problems);
		text(p.otherNames(), prefix + "otherNames", OTHER_NAMES_MAX, null, problems);
		if (p.dateOfBirth() != null) {
			if (p.dateOfBirth().isAfter(today)) {
				problems.add(new ReferralProblem(prefix + "dateOfBirth", "referral.person.dateOfBirth.future"));
			}
			else if (p.dateOfBirth().isBefore(today.minusYears(AGE_MAX))) {
				problems.add(new ReferralProblem(prefix + "dateOfBirth", "referral.person.dateOfBirth.tooOld"));
			}
		}
		if (p.role() == null) {
			problems.add(new ReferralProblem(prefix + "role", "referral.person.role.required"));
		}
		text(p.relationship(), prefix + "relationship", RELATIONSHIP_MAX, null, problems);
		var phone = Input.ukPhone(p.phone());
		if (phone.failed()) {
			problems.add(new ReferralProblem(prefix + "phone", code(phone, "referral.phone.invalid")));
		}
		var email = Input.email(p.email());
		if (email.failed()) {
			problems.add(new ReferralProblem(prefix + "email", code(email, "referral.email.invalid")));
		}
		text(p.address(), prefix + "address", ADDRESS_MAX, null, problems);
		var postcode = Input.ukPostcode(p.postcode());
		if (postcode.failed()) {
			problems.add(new ReferralProblem(prefix + "postcode", code(postcode, "referral.postcode.invalid")));
		}
	}

	/**
	 * Text through the input rules: required when {@code required} names the message for
	 * its absence.
	 */
	private static Checked<String> text(String value, String field, int max, String required,
			List<ReferralProblem> problems) {
		var checked = Input.text(value, max);
		if (checked.isEmpty() && required != null) {
			problems.add(new ReferralProblem(field, required));
		}
		else if (checked.failed()) {
			problems.add(new ReferralProblem(field, (checked.problem() != InputProblem.TOO_LONG)
					? checked.problem().code() : "referral.tooLong." + max));
		}
		return checked;
	}

	/**
	 * The message for a value in the wrong format: hidden characters are named as such,
	 * anything else (too long included) is the format's own message.
	 */
	private static String code(Checked<?> checked, String format) {
		return (checked.problem() != InputProblem.CONTROL_CHARACTERS) ? format : checked.problem().code();
	}

	/** What the rules ask of the records. */
	public interface OnRecord {

		/** Whether an organisation is on record. */
		boolean organisation(UUID id);

		/** Whether a locality is on record. */
		boolean locality(UUID id);

		/** Whether a need is a term of the directory's needs taxonomy. */
		boolean need(UUID id);

		/** The ids of a locality's current criteria for referral. */
		Set<UUID> criteria(UUID localityId);

	}

}
