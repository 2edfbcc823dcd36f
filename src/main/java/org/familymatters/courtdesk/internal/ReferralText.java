package org.familymatters.courtdesk.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralFact;
import org.familymatters.referral.ReferralSource;

/**
 * What the referral made from a contact says, when the person agrees to be contacted: who
 * they are, who referred them, and the facts in words ("Met at the Reading Crown Court
 * desk on 3 March 2026: immediate custody, …"), the best time to call, and the facts
 * recorded that meet the locality's criteria for referral ({@link #facts}). Pure: tested
 * without Spring.
 */
public final class ReferralText {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private ReferralText() {
	}

	/**
	 * The referral a contact with agreement makes, to the family's locality, from the
	 * volunteer.
	 * @param contact the contact as it is kept ({@link ContactRules#kept}), with its
	 * details
	 * @param volunteer who met them: name, e-mail address (or null) and organisation
	 * @param courtName the court whose desk it was
	 * @param needNames the names of the needs raised, by their ids
	 */
	public static NewReferral referral(NewContact contact, Volunteer volunteer, String courtName,
			Map<UUID, String> needNames) {
		var d = contact.details();
		var person = new NewReferral.Person(d.givenName(), d.familyName(), null, null,
				contact.relationship().label() + " of the defendant", role(contact.relationship()), d.phone(),
				d.email(), null, null);
		return new NewReferral(ReferralSource.COURT_DESK, volunteer.name(), volunteer.email(), null,
				volunteer.organisationId(), null, d.localityId(), List.of(person),
				reason(contact, courtName, needNames), contact.concerns(), List.of(), true, d.bestTime(),
				facts(contact));
	}

	/**
	 * What the volunteer recorded that meets criteria for referral, by one rule: someone
	 * is in custody when the outcome sends the defendant to prison now (immediate custody
	 * or remand); there are children under 18 when the volunteer counted any children
	 * affected (the form counts children under 18, by age band); the family lives in the
	 * locality, since the volunteer chose it as where the family lives; and the person
	 * agrees to be contacted, since a referral is made only when they do. Nothing
	 * recorded says whether the family needs more than one agency: the support worker
	 * decides that at triage, and may change any of these.
	 */
	public static Set<ReferralFact> facts(NewContact c) {
		var facts = EnumSet.noneOf(ReferralFact.class);
		if (c.outcome() != null && c.outcome().custody()) {
			facts.add(ReferralFact.IN_CUSTODY);
		}
		if (zero(c.children()) > 0) {
			facts.add(ReferralFact.CHILDREN);
		}
		if (c.details() != null && c.details().localityId() != null) {
			facts.add(ReferralFact.LIVES_IN_LOCALITY);
		}
		if (c.agreed()) {
			facts.add(ReferralFact.AGREES_TO_CONTACT);
		}
		return facts;
	}

	/**
	 * The family role of the person who came to the desk, from their relationship to the
	 * defendant.
	 */
	public static FamilyRole role(Relationship relationship) {
		return switch (relationship) {
			case PARTNER -> FamilyRole.PARTNER;
			case SON_OR_DAUGHTER -> FamilyRole.CHILD;
			default -> FamilyRole.OTHER_RELATIVE;
		};
	}

	/**
	 * The facts, in words: "Met at the Reading Crown Court desk on 3 March 2026:
	 * immediate custody, …".
	 */
	public static String reason(NewContact c, String courtName, Map<UUID, String> needNames) {
		var facts = new ArrayList<String>();
		facts.add(lower(c.outcome().label()));
		if (c.outcome().sentenced() && c.sentenceBand() != null) {
			facts.add(lower(c.sentenceBand().label()));
		}
		if (c.outcome().custody() && c.firstTimeInCustody() != null) {
			facts.add(switch (c.firstTimeInCustody()) {
				case YES -> "first time in custody";
				case NO -> "has been in custody before";
				case NOT_KNOWN -> "not known whether it is the first time in custody";
			});
		}
		var text = new StringBuilder("Met at the ").append(courtName)
			.append(" desk on ")
			.append(DAY.format(c.metAt()))
			.append(": ")
			.append(String.join(", ", facts))
			.append("; ")
			.append(children(c))
			.append('.');
		if (!c.concerns().isEmpty()) {
			var names = new LinkedHashSet<String>();
			c.concerns().forEach(id -> names.add(needNames.getOrDefault(id, "")));
			text.append(" Concerns raised: ").append(String.join(", ", names)).append('.');
		}
		if (Boolean.TRUE.equals(c.emotionalSupport())) {
			text.append(" Emotional support was given at the desk.");
		}
		text.append(" They agreed to be contacted.");
		return text.toString();
	}

	/** "no children", "1 child", "3 children (1 under 5, 2 aged 12 to 17)". */
	public static String children(NewContact c) {
		if (zero(c.children()) == 0) {
			return "no children";
		}
		var words = c.children() + ((c.children() != 1) ? " children" : " child");
		var bands = new ArrayList<String>();
		if (zero(c.childrenUnder5()) > 0) {
			bands.add(c.childrenUnder5() + " under 5");
		}
		if (zero(c.children5To11()) > 0) {
			bands.add(c.children5To11() + " aged 5 to 11");
		}
		if (zero(c.children12To17()) > 0) {
			bands.add(c.children12To17() + " aged 12 to 17");
		}
		return bands.isEmpty() ? words : words + " (" + String.join(", ", bands) + ")";
	}

	private static int zero(Integer value) {
		return (value != null) ? value : 0;
	}

	private static String lower(String label) {
		return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	/**
	 * The volunteer who made the referral, as the referral names them.
	 *
	 * @param name their display name
	 * @param email their e-mail address, or null
	 * @param organisationId their organisation
	 */
	public record Volunteer(String name, String email, UUID organisationId) {
	}

}
