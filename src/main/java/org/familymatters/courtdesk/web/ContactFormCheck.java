package org.familymatters.courtdesk.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.courtdesk.Coded;
import org.familymatters.courtdesk.ContactProblem;
import org.familymatters.courtdesk.FirstTimeInCustody;
import org.familymatters.courtdesk.Leaflet;
import org.familymatters.courtdesk.NewContact;
import org.familymatters.courtdesk.Outcome;
import org.familymatters.courtdesk.Relationship;
import org.familymatters.courtdesk.SentenceBand;

/**
 * Turns what the contact form sent into a {@link NewContact}, noting what cannot even be
 * read (a date that is not a date, a number that is not a number, a choice that is not
 * offered). The personal fields are read only when the person agrees to be contacted.
 */
final class ContactFormCheck {

	private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$");

	private static final Pattern NUMBER = Pattern.compile("^-?[0-9]{1,3}$");

	private ContactFormCheck() {
	}

	static Read read(ContactForm form) {
		var problems = new ArrayList<ContactProblem>();
		var key = uuid(form.getIdempotencyKey());
		if (key == null) {
			problems.add(new ContactProblem(null, "courtdesk.contact.key.required"));
		}
		LocalDate day = null;
		if (form.getMet() == null || form.getMet().isEmpty()) {
			problems.add(new ContactProblem("met", "courtdesk.contact.met.required"));
		}
		else {
			day = form.getMet().toDate().orElse(null);
			if (day == null) {
				problems.add(new ContactProblem("met", "courtdesk.contact.met.invalid"));
			}
		}
		LocalTime time = null;
		var typedTime = trimmed(form.getTime());
		if (typedTime == null) {
			problems.add(new ContactProblem("time", "courtdesk.contact.time.required"));
		}
		else {
			var matcher = TIME.matcher(typedTime);
			if (matcher.matches()) {
				time = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
			}
			else {
				problems.add(new ContactProblem("time", "courtdesk.contact.time.invalid"));
			}
		}
		var relationship = choice(Relationship.class, form.getRelationship(), "relationship",
				"courtdesk.contact.relationship.required", problems);
		var outcome = choice(Outcome.class, form.getOutcome(), "outcome", "courtdesk.contact.outcome.required",
				problems);
		var band = choice(SentenceBand.class, form.getSentenceBand(), "sentenceBand",
				"courtdesk.contact.sentenceBand.required", problems);
		var firstTime = choice(FirstTimeInCustody.class, form.getFirstTimeInCustody(), "firstTimeInCustody",
				"courtdesk.contact.firstTime.required", problems);
		var children = number(form.getChildren(), "children", problems);
		var under5 = number(form.getChildrenUnder5(), "childrenUnder5", problems);
		var from5 = number(form.getChildren5To11(), "children5To11", problems);
		var from12 = number(form.getChildren12To17(), "children12To17", problems);
		var concerns = uuids(form.getConcerns(), "concerns", "courtdesk.contact.concerns.unknown", problems);
		Set<Leaflet> leaflets = EnumSet.noneOf(Leaflet.class);
		for (var code : (form.getLeaflets() != null) ? form.getLeaflets() : List.<String>of()) {
			var leaflet = Coded.ofCode(Leaflet.class, code);
			if (leaflet.isEmpty()) {
				problems.add(new ContactProblem("leaflets", "courtdesk.contact.leaflets.unknown"));
				break;
			}
			leaflets.add(leaflet.get());
		}
		var services = uuids(form.getServices(), "services", "courtdesk.contact.services.unknown", problems);
		var support = yesNo(form.getEmotionalSupport(), "emotionalSupport",
				"courtdesk.contact.emotionalSupport.required", problems);
		var agrees = yesNo(form.getAgreesToContact(), "agreesToContact", "courtdesk.contact.agreesToContact.required",
				problems);
		NewContact.Details details = null;
		if (Boolean.TRUE.equals(agrees)) {
			var locality = uuid(form.getLocalityId());
			if (locality == null && trimmed(form.getLocalityId()) != null) {
				problems.add(new ContactProblem("localityId", "courtdesk.contact.locality.required"));
			}
			details = new NewContact.Details(form.getGivenName(), form.getFamilyName(), form.getPhone(),
					form.getEmail(), locality, form.getBestTime(),
					form.getExplained() != null && form.getExplained().contains("yes"));
		}
		var metAt = (day == null || time == null) ? null : LocalDateTime.of(day, time);
		return new Read(new NewContact(key, metAt, relationship, outcome, band, firstTime, children, under5, from5,
				from12, concerns, leaflets, services, support, agrees, details), problems);
	}

	private static <E extends Enum<E> & Coded> E choice(Class<E> type, String value, String field, String code,
			List<ContactProblem> problems) {
		if (trimmed(value) == null) {
			return null;
		}
		var chosen = Coded.ofCode(type, value);
		if (chosen.isEmpty()) {
			problems.add(new ContactProblem(field, code));
		}
		return chosen.orElse(null);
	}

	private static Integer number(String value, String field, List<ContactProblem> problems) {
		var text = trimmed(value);
		if (text == null) {
			return null;
		}
		if (!NUMBER.matcher(text).matches()) {
			problems.add(new ContactProblem(field, "courtdesk.contact.children.number"));
			return null;
		}
		return Integer.valueOf(text);
	}

	private static Boolean yesNo(String value, String field, String code, List<ContactProblem> problems) {
		var text = trimmed(value);
		if (text == null) {
			return null;
		}
		return switch (text) {
			case "yes" -> Boolean.TRUE;
			case "no" -> Boolean.FALSE;
			default -> {
				problems.add(new ContactProblem(field, code));
				yield null;
			}
		};
	}

	static UUID uuid(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static List<UUID> uuids(List<String> values, String field, String code, List<ContactProblem> problems) {
		var ids = new ArrayList<UUID>();
		for (var value : (values != null) ? values : List.<String>of()) {
			var id = uuid(value);
			if (id == null) {
				problems.add(new ContactProblem(field, code));
				break;
			}
			ids.add(id);
		}
		return ids;
	}

	static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The contact read from the form, and the problems met reading it. */
	record Read(NewContact contact, List<ContactProblem> problems) {
	}

}
