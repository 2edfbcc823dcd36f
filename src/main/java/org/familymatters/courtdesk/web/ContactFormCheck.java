package org.familymatters.courtdesk.web;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.familymatters.courtdesk.internal.Coded;
import org.familymatters.courtdesk.internal.ContactProblem;
import org.familymatters.courtdesk.internal.ContactRules;
import org.familymatters.courtdesk.internal.FirstTimeInCustody;
import org.familymatters.courtdesk.internal.Leaflet;
import org.familymatters.courtdesk.internal.NewContact;
import org.familymatters.courtdesk.internal.Outcome;
import org.familymatters.courtdesk.internal.Relationship;
import org.familymatters.courtdesk.internal.SentenceBand;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Turns what the contact form sent into a {@link NewContact}, through the input rules
 * ({@link FormCheck}, messages under {@code courtdesk.contact}): what cannot even be read
 * (a date that is not a date, a time that is not a time, a number that is not a number, a
 * choice that is not offered, text with control characters) and what must always be
 * answered is put on its field. What a contact needs beyond that (the time window, a
 * sentence's length, the children's age groups, the person's details) is
 * {@link ContactRules}, whose problems {@link #reject} puts on the same form. The
 * personal fields are read only when the person agrees to be contacted. Pure: tested
 * without Spring.
 */
final class ContactFormCheck {

	/** Where the contact form's messages start. */
	static final String PREFIX = "courtdesk.contact";

	/** Wider than any count the rules take, so that the rules say what the range is. */
	private static final int NUMBER_LIMIT = 999;

	private ContactFormCheck() {
	}

	/** A check of the contact form whose binding result is {@code result}. */
	static FormCheck of(BindingResult result) {
		return FormCheck.of(result, PREFIX);
	}

	/** The contact as the form gives it; each problem reading it is now on the check. */
	static NewContact read(ContactForm form, FormCheck check) {
		var key = Input.identifier(form.getIdempotencyKey());
		if (key.failed() || key.isEmpty()) {
			check.rejectForm("courtdesk.contact.key.required");
		}
		var day = check.requiredDate("met", form.getMet());
		var time = check.requiredTime("time", form.getTime());
		var relationship = check.requiredChoice("relationship", form.getRelationship(), coded(Relationship.class));
		var outcome = check.requiredChoice("outcome", form.getOutcome(), coded(Outcome.class));
		var band = check.choice("sentenceBand", form.getSentenceBand(), coded(SentenceBand.class));
		var firstTime = check.choice("firstTimeInCustody", form.getFirstTimeInCustody(),
				coded(FirstTimeInCustody.class));
		var children = check.requiredNumber("children", form.getChildren(), -NUMBER_LIMIT, NUMBER_LIMIT);
		var under5 = check.number("childrenUnder5", form.getChildrenUnder5(), -NUMBER_LIMIT, NUMBER_LIMIT);
		var from5 = check.number("children5To11", form.getChildren5To11(), -NUMBER_LIMIT, NUMBER_LIMIT);
		var from12 = check.number("children12To17", form.getChildren12To17(), -NUMBER_LIMIT, NUMBER_LIMIT);
		var concerns = check.identifiers("concerns", form.getConcerns());
		var leaflets = leaflets(form.getLeaflets(), check);
		var services = check.identifiers("services", form.getServices());
		var support = check.requiredChoice("emotionalSupport", form.getEmotionalSupport(), ContactFormCheck::yesNo);
		var agrees = check.requiredChoice("agreesToContact", form.getAgreesToContact(), ContactFormCheck::yesNo);
		NewContact.Details details = null;
		if (Boolean.TRUE.equals(agrees)) {
			details = new NewContact.Details(
					check.requiredText("givenName", form.getGivenName(), ContactRules.NAME_MAX),
					check.requiredText("familyName", form.getFamilyName(), ContactRules.NAME_MAX),
					check.phone("phone", form.getPhone()), check.email("email", form.getEmail()),
					check.identifier("localityId", form.getLocalityId()),
					check.text("bestTime", form.getBestTime(), ContactRules.BEST_TIME_MAX),
					form.getExplained() != null && form.getExplained().contains("yes"));
		}
		var metAt = (day == null || time == null) ? null : LocalDateTime.of(day, time);
		return new NewContact(key.value(), metAt, relationship, outcome, band, firstTime, children, under5, from5,
				from12, concerns, leaflets, services, support, agrees, details);
	}

	/**
	 * Puts the rules' problems on the form: each on its field (unless the field has one
	 * already), a problem with the whole contact at the top.
	 */
	static void reject(List<ContactProblem> problems, FormCheck check) {
		boolean whenFailed = check.failed("met") || check.failed("time");
		for (var problem : problems) {
			if (whenFailed && ("met".equals(problem.field()) || "time".equals(problem.field()))) {
				// The date or the time could not be read: the form says so already.
				continue;
			}
			if (problem.field() == null) {
				check.rejectForm(problem.code());
			}
			else {
				check.reject(problem.field(), problem.code());
			}
		}
	}

	/** What the service search asks for: plain text, at most 200 characters used. */
	static String serviceSearch(ContactForm form, FormCheck check) {
		var text = check.text("serviceSearch", form.getServiceSearch(), Integer.MAX_VALUE);
		return (text != null && text.length() > 200) ? text.substring(0, 200) : text;
	}

	private static Set<Leaflet> leaflets(List<String> codes, FormCheck check) {
		Set<Leaflet> leaflets = EnumSet.noneOf(Leaflet.class);
		for (var code : (codes != null) ? codes : List.<String>of()) {
			var leaflet = check.choice("leaflets", code, coded(Leaflet.class));
			if (check.failed("leaflets")) {
				break;
			}
			if (leaflet != null) {
				leaflets.add(leaflet);
			}
		}
		return leaflets;
	}

	private static <E extends Enum<E> & Coded> Function<String, Optional<E>> coded(Class<E> type) {
		return code -> Coded.ofCode(type, code);
	}

	private static Optional<Boolean> yesNo(String answer) {
		return switch (answer) {
			case "yes" -> Optional.of(Boolean.TRUE);
			case "no" -> Optional.of(Boolean.FALSE);
			default -> Optional.empty();
		};
	}

}
