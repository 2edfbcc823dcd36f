package org.familymatters.referral.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.referral.internal.ReferralTriage;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

/**
 * Reads the triage page's decision forms through the service's input rules: the family
 * chosen, the people already on record, the services, the note of other help and the
 * reason for declining. Messages under {@code referral.decision.}. Pure: tested without
 * Spring; whether the family and the services exist is the triage's to say.
 */
final class DecisionFormCheck {

	/** The start of the decision forms' messages. */
	static final String PREFIX = "referral.decision";

	private DecisionFormCheck() {
	}

	/**
	 * The family on record to accept the referral into, and the people named who are
	 * already in it ({@code <referral person>:<person>}).
	 */
	static ExistingFamily existingFamily(DecisionForm form, FormCheck check) {
		var familyId = check.requiredIdentifier("familyId", form.getFamilyId());
		var same = new ArrayList<ReferralTriage.SamePerson>();
		for (var pair : (form.getSame() != null) ? form.getSame() : List.<String>of()) {
			var parts = (pair != null) ? pair.split(":", 2) : new String[0];
			var referralPerson = (parts.length != 2) ? null : Input.identifier(parts[0]).value();
			var person = (parts.length != 2) ? null : Input.identifier(parts[1]).value();
			if (referralPerson == null || person == null) {
				check.reject("same", "referral.decision.same.otherFamily");
				break;
			}
			same.add(new ReferralTriage.SamePerson(referralPerson, person));
		}
		return new ExistingFamily(familyId, List.copyOf(same));
	}

	/**
	 * The services and the note of other help to signpost the family to: one or the other
	 * at least.
	 */
	static Signposting signposting(DecisionForm form, FormCheck check) {
		var services = check.identifiers("services", form.getServices());
		var note = check.text("signpostNote", form.getSignpostNote(), ReferralTriage.NOTE_MAX);
		if (!check.failed("services") && !check.failed("signpostNote") && services.isEmpty() && note == null) {
			check.reject("services", "referral.decision.signpost.required");
		}
		return new Signposting(List.copyOf(services), note);
	}

	/** Why the referral is declined: required. */
	static String declineReason(DecisionForm form, FormCheck check) {
		return check.requiredText("declineReason", form.getDeclineReason(), ReferralTriage.NOTE_MAX);
	}

	/** A family on record and the people named who are already in it. */
	record ExistingFamily(UUID familyId, List<ReferralTriage.SamePerson> same) {
	}

	/** Directory services and other help in words. */
	record Signposting(List<UUID> services, String note) {
	}

}
