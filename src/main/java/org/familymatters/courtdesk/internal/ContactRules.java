package org.familymatters.courtdesk.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.input.InputProblem;
import org.familymatters.shared.time.ServiceTime;

/**
 * What a contact at a court desk needs, and what an anonymous one keeps: pure rules,
 * tested without Spring. {@link #problems} says what is wrong, field by field as the
 * contact form names them; {@link #kept} is what of a contact is stored.
 * <p>
 * A contact is anonymous unless the person agrees to be contacted: then nothing that
 * identifies anyone is kept, and their details are not even checked. A sentence's length
 * is kept only when a sentence was passed, and whether it is the first time in custody
 * only when the defendant goes into custody.
 */
public final class ContactRules {

	/**
	 * How far back a contact may be recorded: as long as the volunteer sees their
	 * contacts.
	 */
	public static final Duration HOW_FAR_BACK = AccessDecision.COURT_DESK_WINDOW;

	/** A phone's clock may run a little ahead of the service's. */
	public static final Duration CLOCK_SLACK = Duration.ofMinutes(2);

	/** The most children one contact may count. */
	public static final int MAX_CHILDREN = 20;

	/** The most directory services one contact may name. */
	public static final int MAX_SERVICES = 20;

	/** The longest given or family name. */
	public static final int NAME_MAX = 100;

	/** The longest "best time to call". */
	public static final int BEST_TIME_MAX = 200;

	private ContactRules() {
	}

	/**
	 * What is wrong with a contact at a given moment, field by field; empty when it may
	 * be saved.
	 * @param known what the rules ask of the rest of the service: whether a need, a
	 * directory service and a locality exist
	 */
	public static List<ContactProblem> problems(NewContact c, Instant now, Known known) {
		var problems = new ArrayList<ContactProblem>();
		met(c, now, problems);
		if (c.relationship() == null) {
			problems.add(new ContactProblem("relationship", "courtdesk.contact.relationship.required"));
		}
		if (c.outcome() == null) {
			problems.add(new ContactProblem("outcome", "courtdesk.contact.outcome.required"));
		}
		else {
			if (c.outcome().sentenced() && c.sentenceBand() == null) {
				problems.add(new ContactProblem("sentenceBand", "courtdesk.contact.sentenceBand.required"));
			}
			if (c.outcome().custody() && c.firstTimeInCustody() == null) {
				problems.add(new ContactProblem("firstTimeInCustody", "courtdesk.contact.firstTime.required"));
			}
		}
		children(c, problems);
		if (c.concerns().stream().anyMatch(id -> id == null || !known.need(id))) {
			problems.add(new ContactProblem("concerns", "courtdesk.contact.concerns.unknown"));
		}
		if (c.services().size() > MAX_SERVICES) {
			problems.add(new ContactProblem("services", "courtdesk.contact.services.tooMany"));
		}
		else if (c.services().stream().anyMatch(id -> id == null || !known.service(id))) {
			problems.add(new ContactProblem("services", "courtdesk.contact.services.unknown"));
		}
		if (c.emotionalSupport() == null) {
			problems.add(new ContactProblem("emotionalSupport", "courtdesk.contact.emotionalSupport.required"));
		}
		if (c.agreesToContact() == null) {
			problems.add(new ContactProblem("agreesToContact", "courtdesk.contact.agreesToContact.required"));
		}
		else if (c.agreed()) {
			details(c.details(), known, problems);
		}
		return List.copyOf(problems);
	}

	/**
	 * What of a contact is kept: without agreement no details at all; a sentence's length
	 * only with a sentence; the first time in custody only with custody; the details'
	 * text trimmed.
	 */
	public static NewContact kept(NewContact c) {
		var outcome = c.outcome();
		var band = (outcome != null && outcome.sentenced()) ? c.sentenceBand() : null;
		var firstTime = (outcome != null && outcome.custody()) ? c.firstTimeInCustody() : null;
		NewContact.Details details = null;
		if (c.agreed() && c.details() != null) {
			var d = c.details();
			details = new NewContact.Details(Input.trimmed(d.givenName()), Input.trimmed(d.familyName()),
					Input.trimmed(d.phone()), Input.trimmed(d.email()), d.localityId(), Input.trimmed(d.bestTime()),
					d.explained());
		}
		return new NewContact(c.idempotencyKey(), c.metAt(), c.relationship(), outcome, band, firstTime, c.children(),
				c.childrenUnder5(), c.children5To11(), c.children12To17(), c.concerns(), c.leaflets(), c.services(),
				c.emotionalSupport(), c.agreesToContact(), details);
	}

	/** Whether nothing that identifies the person may be kept. */
	public static boolean anonymous(NewContact c) {
		return !c.agreed();
	}

	/**
	 * When they met: not in the future (a phone's clock may run a little ahead), not more
	 * than {@link #HOW_FAR_BACK} ago.
	 */
	private static void met(NewContact c, Instant now, List<ContactProblem> problems) {
		if (c.metAt() == null) {
			problems.add(new ContactProblem("time", "courtdesk.contact.time.required"));
			return;
		}
		var met = c.metAt().atZone(ServiceTime.ZONE).toInstant();
		var today = now.atZone(ServiceTime.ZONE).toLocalDate();
		if (c.metAt().toLocalDate().isAfter(today)) {
			problems.add(new ContactProblem("met", "courtdesk.contact.met.future"));
		}
		else if (met.isAfter(now.plus(CLOCK_SLACK))) {
			problems.add(new ContactProblem("time", "courtdesk.contact.time.future"));
		}
		else if (met.isBefore(now.minus(HOW_FAR_BACK))) {
			problems.add(new ContactProblem("met", "courtdesk.contact.met.tooOld"));
		}
	}

	/**
	 * The children affected, from 0 to {@link #MAX_CHILDREN}; the age groups in range and
	 * adding up to no more than them.
	 */
	private static void children(NewContact c, List<ContactProblem> problems) {
		boolean inRange = true;
		if (c.children() == null) {
			problems.add(new ContactProblem("children", "courtdesk.contact.children.required"));
			inRange = false;
		}
		else if (outOfRange(c.children())) {
			problems.add(new ContactProblem("children", "courtdesk.contact.children.range"));
			inRange = false;
		}
		int bands = 0;
		for (var band : List.of(new Band("childrenUnder5", c.childrenUnder5()),
				new Band("children5To11", c.children5To11()), new Band("children12To17", c.children12To17()))) {
			if (band.count() == null) {
				continue;
			}
			if (outOfRange(band.count())) {
				problems.add(new ContactProblem(band.field(), "courtdesk.contact.children.range"));
				inRange = false;
			}
			bands += band.count();
		}
		if (inRange && bands > c.children()) {
			problems.add(new ContactProblem("childrenUnder5", "courtdesk.contact.children.bands"));
		}
	}

	private static boolean outOfRange(int count) {
		return count < 0 || count > MAX_CHILDREN;
	}

	/**
	 * Who agreed and how to reach them: both names, a phone number or an email address
	 * (or both) that look like one, the locality, and the volunteer's word that they
	 * explained.
	 */
	private static void details(NewContact.Details given, Known known, List<ContactProblem> problems) {
		var d = (given != null) ? given : new NewContact.Details(null, null, null, null, null, null, false);
		text("givenName", Input.text(d.givenName(), NAME_MAX).required(), problems);
		text("familyName", Input.text(d.familyName(), NAME_MAX).required(), problems);
		var phone = Input.ukPhone(d.phone());
		var email = Input.email(d.email());
		if (phone.isEmpty() && email.isEmpty()) {
			problems.add(new ContactProblem("phone", "courtdesk.contact.reachable.required"));
		}
		if (phone.failed()) {
			problems.add(new ContactProblem("phone", onlyTyped(phone, "courtdesk.contact.phone.invalid")));
		}
		if (email.failed()) {
			problems.add(new ContactProblem("email", onlyTyped(email, "courtdesk.contact.email.invalid")));
		}
		if (d.localityId() == null || !known.locality(d.localityId())) {
			problems.add(new ContactProblem("localityId", "courtdesk.contact.locality.required"));
		}
		text("bestTime", Input.text(d.bestTime(), BEST_TIME_MAX), problems);
		if (!d.explained()) {
			problems.add(new ContactProblem("explained", "courtdesk.contact.explained.required"));
		}
	}

	private static void text(String field, Checked<String> checked, List<ContactProblem> problems) {
		if (!checked.failed()) {
			return;
		}
		var code = switch (checked.problem()) {
			case REQUIRED -> "courtdesk.contact." + field + ".required";
			case TOO_LONG -> "courtdesk.contact.tooLong." + checked.limit();
			default -> checked.problem().code();
		};
		problems.add(new ContactProblem(field, code));
	}

	/**
	 * The field's own words for a value that is not what it should be; the general words
	 * for control characters.
	 */
	private static String onlyTyped(Checked<String> checked, String code) {
		return (checked.problem() != InputProblem.CONTROL_CHARACTERS) ? code : checked.problem().code();
	}

	/**
	 * What the rules ask of the rest of the service.
	 */
	public interface Known {

		/** Whether this is a term of the directory's needs taxonomy. */
		boolean need(UUID id);

		/** Whether this directory service exists. */
		boolean service(UUID id);

		/** Whether this locality exists. */
		boolean locality(UUID id);

	}

	private record Band(String field, Integer count) {
	}

}
