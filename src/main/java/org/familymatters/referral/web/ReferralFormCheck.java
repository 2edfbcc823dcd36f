package org.familymatters.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.internal.ReferralRules;
import org.familymatters.shared.web.FormCheck;

/**
 * Turns what a referral form sent into a {@link NewReferral}, each field through the
 * service's input rules ({@link FormCheck}, messages under {@code referral.} and, for a
 * person, {@code referral.person.}): text without hidden characters and not too long, an
 * e-mail address, a phone number or a postcode in its format, a real date, a choice among
 * those offered. People left blank are left out; the intake's problems about the others
 * are put back on the slots they were typed in ({@link Read#onForm}). Pure: tested
 * without Spring.
 */
final class ReferralFormCheck {

	private static final Pattern PERSON = Pattern.compile("^people\\[(\\d+)]");

	private ReferralFormCheck() {
	}

	/**
	 * Reads the form, putting each problem of its input on its field. {@code source} is
	 * the source the page decides (the family itself, on the public form); null to take
	 * the one the form sent.
	 */
	static Read read(ReferralForm form, ReferralSource source, FormCheck check) {
		var chosenSource = (source != null) ? source
				: check.requiredChoice("source", form.getSource(), ReferralSource::ofCode);
		var referrerName = check.requiredText("referrerName", form.getReferrerName(), ReferralRules.NAME_MAX);
		var referrerEmail = check.email("referrerEmail", form.getReferrerEmail());
		var referrerPhone = check.phone("referrerPhone", form.getReferrerPhone());
		var organisation = check.identifier("referrerOrganisationId", form.getReferrerOrganisationId());
		var organisationName = check.text("referrerOrganisationName", form.getReferrerOrganisationName(),
				ReferralRules.NAME_MAX);
		var locality = check.requiredIdentifier("localityId", form.getLocalityId());
		var people = new ArrayList<NewReferral.Person>();
		var slots = new ArrayList<Integer>();
		var typed = (form.getPeople() != null) ? form.getPeople() : List.<PersonForm>of();
		for (int i = 0; i < typed.size(); i++) {
			var p = typed.get(i);
			if (p == null || p.blank()) {
				continue;
			}
			people.add(person(p, check.nested("people[" + i + "]", "referral.person")));
			slots.add(i);
		}
		var reason = check.requiredText("reason", form.getReason(), ReferralRules.REASON_MAX);
		var needs = check.identifiers("needs", form.getNeeds());
		var criteria = check.identifiers("criteria", form.getCriteria());
		boolean consent = form.getConsentToContact() != null && form.getConsentToContact().contains("true");
		var bestTime = check.text("bestTimeToCall", form.getBestTimeToCall(), ReferralRules.BEST_TIME_MAX);
		var referral = new NewReferral(chosenSource, referrerName, referrerEmail, referrerPhone, organisation,
				organisationName, locality, people, reason, needs, criteria, consent, bestTime, Set.of());
		return new Read(referral, List.copyOf(slots));
	}

	private static NewReferral.Person person(PersonForm p, FormCheck check) {
		return new NewReferral.Person(check.requiredText("givenName", p.getGivenName(), ReferralRules.PERSON_NAME_MAX),
				check.requiredText("familyName", p.getFamilyName(), ReferralRules.PERSON_NAME_MAX),
				check.text("otherNames", p.getOtherNames(), ReferralRules.OTHER_NAMES_MAX),
				check.date("dateOfBirth", p.getDateOfBirth()),
				check.text("relationship", p.getRelationship(), ReferralRules.RELATIONSHIP_MAX),
				check.requiredChoice("role", p.getRole(), FamilyRole.class), check.phone("phone", p.getPhone()),
				check.email("email", p.getEmail()), check.text("address", p.getAddress(), ReferralRules.ADDRESS_MAX),
				check.postcode("postcode", p.getPostcode()));
	}

	/**
	 * The referral read from the form, and which slot of the form each person came from.
	 */
	record Read(NewReferral referral, List<Integer> slots) {

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
