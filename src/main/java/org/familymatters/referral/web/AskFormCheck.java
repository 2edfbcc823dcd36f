package org.familymatters.referral.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.internal.ReferralRules;
import org.familymatters.referral.internal.SelfReferralAnswers;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.FormCheck;

/**
 * Reads each question page of "Ask for support" through the service's input rules, and
 * keeps its answers in the draft only when the page has nothing wrong (each problem is
 * put on its field, with messages under {@code referral.ask.} and, for another person,
 * {@code referral.ask.person.}). Each answer is kept as the rules tidy it (trimmed, a
 * postcode in capitals). Pure: tested without Spring.
 */
final class AskFormCheck {

	/** The start of the question pages' messages. */
	static final String PREFIX = "referral.ask";

	/** The start of the messages of the page about another person. */
	static final String PERSON_PREFIX = "referral.ask.person";

	/** The longest first line, and second line, of an address. */
	static final int ADDRESS_LINE_MAX = 100;

	/** The longest town. */
	static final int TOWN_MAX = 60;

	private AskFormCheck() {
	}

	/** Where you live: one of the localities on record. */
	static boolean where(AskForm form, FormCheck check, Predicate<UUID> locality, SelfReferralAnswers answers) {
		var id = check.requiredIdentifier("localityId", form.getLocalityId());
		if (id != null && !locality.test(id)) {
			check.reject("localityId", "unknownChoice");
		}
		return keep(check, "where", answers, () -> answers.setLocalityId(id.toString()));
	}

	/** About you: your name, once, and which of the family's places is yours. */
	static boolean you(AskForm form, FormCheck check, SelfReferralAnswers answers) {
		var given = check.requiredText("givenName", form.getGivenName(), ReferralRules.PERSON_NAME_MAX);
		var family = check.requiredText("familyName", form.getFamilyName(), ReferralRules.PERSON_NAME_MAX);
		var role = check.requiredChoice("role", form.getRole(), FamilyRole.class);
		return keep(check, "you", answers, () -> {
			answers.setGivenName(given);
			answers.setFamilyName(family);
			answers.setRole(role.name());
		});
	}

	/**
	 * How we can contact you: a phone number, an e-mail address or both, and the best
	 * time to call.
	 */
	static boolean contact(AskForm form, FormCheck check, SelfReferralAnswers answers) {
		var phone = check.phone("phone", form.getPhone());
		var email = check.email("email", form.getEmail());
		var bestTime = check.text("bestTimeToCall", form.getBestTimeToCall(), ReferralRules.BEST_TIME_MAX);
		if (!check.failed("phone") && !check.failed("email") && phone == null && email == null) {
			check.reject("phone", "referral.self.contact.required");
		}
		return keep(check, "contact", answers, () -> {
			answers.setPhone(phone);
			answers.setEmail(email);
			answers.setBestTimeToCall(bestTime);
		});
	}

	/**
	 * Your address: all of it optional, but a first line needs its town and a town its
	 * first line (so that the household gets each in its place).
	 */
	static boolean address(AskForm form, FormCheck check, SelfReferralAnswers answers) {
		var line1 = check.text("addressLine1", form.getAddressLine1(), ADDRESS_LINE_MAX);
		var line2 = check.text("addressLine2", form.getAddressLine2(), ADDRESS_LINE_MAX);
		var town = check.text("town", form.getTown(), TOWN_MAX);
		var postcode = check.postcode("postcode", form.getPostcode());
		if (!check.failed("addressLine1") && line1 == null && (town != null || line2 != null)) {
			check.reject("addressLine1", "required");
		}
		if (!check.failed("town") && town == null && line1 != null) {
			check.reject("town", "required");
		}
		return keep(check, "address", answers, () -> {
			answers.setAddressLine1(line1);
			answers.setAddressLine2(line2);
			answers.setTown(town);
			answers.setPostcode(postcode);
		});
	}

	/**
	 * Someone else in the family: their name, place in the family and date of birth (not
	 * in the future, nor more than 120 years ago). Null when something is wrong.
	 */
	static SelfReferralAnswers.Relative person(AskForm form, FormCheck check, LocalDate today) {
		var given = check.requiredText("givenName", form.getGivenName(), ReferralRules.PERSON_NAME_MAX);
		var family = check.requiredText("familyName", form.getFamilyName(), ReferralRules.PERSON_NAME_MAX);
		var role = check.requiredChoice("role", form.getRole(), FamilyRole.class);
		var born = check.date("dateOfBirth", (form.getDateOfBirth() != null) ? form.getDateOfBirth() : new DateParts());
		if (born != null && born.isAfter(today)) {
			check.reject("dateOfBirth", "referral.person.dateOfBirth.future");
		}
		else if (born != null && born.isBefore(today.minusYears(ReferralRules.AGE_MAX))) {
			check.reject("dateOfBirth", "referral.person.dateOfBirth.tooOld");
		}
		return check.failed() ? null : new SelfReferralAnswers.Relative(given, family, born, role.name());
	}

	/**
	 * What is happening, in your words (required), and what would help (needs of the
	 * directory's taxonomy, optional).
	 */
	static boolean story(AskForm form, FormCheck check, Predicate<UUID> need, SelfReferralAnswers answers) {
		var story = check.requiredText("story", form.getStory(), ReferralRules.REASON_MAX);
		var needs = check.identifiers("needs", form.getNeeds());
		if (!check.failed("needs") && needs.stream().anyMatch(id -> !need.test(id))) {
			check.reject("needs", "unknownChoice");
		}
		return keep(check, "story", answers, () -> {
			answers.setStory(story);
			answers.setNeeds(needs.stream().map(UUID::toString).toList());
		});
	}

	/** Whether the person asking ticked that a support worker may contact them. */
	static boolean agreed(AskForm form, FormCheck check) {
		boolean agreed = form.getAgree() != null && form.getAgree().contains("true");
		if (!agreed) {
			check.reject("agree", "referral.self.consent.required");
		}
		return agreed;
	}

	/** The needs chosen, as the draft keeps them, back into the form. */
	static List<String> needs(SelfReferralAnswers answers) {
		return List.copyOf(answers.getNeeds());
	}

	private static boolean keep(FormCheck check, String page, SelfReferralAnswers answers, Runnable keep) {
		if (check.failed()) {
			return false;
		}
		keep.run();
		answers.answered(page);
		return true;
	}

}
