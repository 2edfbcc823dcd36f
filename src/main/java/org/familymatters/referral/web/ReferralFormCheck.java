package org.familymatters.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralSource;

/**
 * Turns what a referral form sent into a {@link NewReferral}, noting what cannot even be
 * read (a date that is not a date, an id that is not an id). People left blank are left
 * out; the intake's problems about the others are put back on the slots they were typed
 * in.
 */
final class ReferralFormCheck {

	private static final Pattern PERSON = Pattern.compile("^people\\[(\\d+)]");

	private ReferralFormCheck() {
	}

	static Read read(ReferralForm form, ReferralSource source) {
		var problems = new ArrayList<ReferralProblem>();
		var organisation = uuid(form.getReferrerOrganisationId(), "referrerOrganisationId",
				"referral.organisation.unknown", problems);
		var locality = uuid(form.getLocalityId(), "localityId", "referral.locality.required", problems);
		var people = new ArrayList<NewReferral.Person>();
		var slots = new ArrayList<Integer>();
		var typed = (form.getPeople() != null) ? form.getPeople() : List.<PersonForm>of();
		for (int i = 0; i < typed.size(); i++) {
			var p = typed.get(i);
			if (p == null || p.blank()) {
				continue;
			}
			var prefix = "people[" + i + "].";
			var dob = p.getDateOfBirth();
			java.time.LocalDate date = null;
			if (dob != null && !dob.isEmpty()) {
				date = dob.toDate().orElse(null);
				if (date == null) {
					problems.add(new ReferralProblem(prefix + "dateOfBirth", "date.invalid"));
				}
			}
			FamilyRole role = null;
			if (p.getRole() != null && !p.getRole().isBlank()) {
				try {
					role = FamilyRole.valueOf(p.getRole().strip().toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException ex) {
					problems.add(new ReferralProblem(prefix + "role", "referral.person.role.required"));
				}
			}
			people.add(new NewReferral.Person(p.getGivenName(), p.getFamilyName(), p.getOtherNames(), date,
					p.getRelationship(), role, p.getPhone(), p.getEmail(), p.getAddress(), p.getPostcode()));
			slots.add(i);
		}
		var needs = uuids(form.getNeeds(), "needs", "referral.needs.unknown", problems);
		var criteria = uuids(form.getCriteria(), "criteria", "referral.criteria.unknown", problems);
		boolean consent = form.getConsentToContact() != null && form.getConsentToContact().contains("true");
		var chosenSource = (source != null) ? source : ReferralSource.ofCode(form.getSource()).orElse(null);
		var referral = new NewReferral(chosenSource, form.getReferrerName(), form.getReferrerEmail(),
				form.getReferrerPhone(), organisation, form.getReferrerOrganisationName(), locality, people,
				form.getReason(), needs, criteria, consent);
		return new Read(referral, problems, slots);
	}

	static UUID uuid(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static UUID uuid(String value, String field, String code, List<ReferralProblem> problems) {
		var id = uuid(value);
		if (id == null && value != null && !value.isBlank()) {
			problems.add(new ReferralProblem(field, code));
		}
		return id;
	}

	private static List<UUID> uuids(List<String> values, String field, String code, List<ReferralProblem> problems) {
		var ids = new ArrayList<UUID>();
		for (var value : (values != null) ? values : List.<String>of()) {
			var id = uuid(value);
			if (id == null) {
				problems.add(new ReferralProblem(field, code));
				break;
			}
			ids.add(id);
		}
		return ids;
	}

	/**
	 * The referral read from the form, the problems met reading it, and which slot each
	 * person came from.
	 */
	record Read(NewReferral referral, List<ReferralProblem> problems, List<Integer> slots) {

		/**
		 * An intake problem with its person's index turned into the form slot the person
		 * was typed in.
		 */
		ReferralProblem onForm(ReferralProblem problem) {
			Matcher matcher = PERSON.matcher(problem.field());
			if (!matcher.find()) {
				return problem;
			}
			int index = Integer.parseInt(matcher.group(1));
			int slot = (index < slots.size()) ? slots.get(index) : 0;
			return new ReferralProblem(matcher.replaceFirst("people[" + slot + "]"), problem.code());
		}

	}

}
