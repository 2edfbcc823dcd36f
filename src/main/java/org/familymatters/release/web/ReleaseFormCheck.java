package org.familymatters.release.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.release.internal.AdultAgreement;
import org.familymatters.release.internal.Arrangement;
import org.familymatters.release.internal.ChildrenLiving;
import org.familymatters.release.internal.Living;
import org.familymatters.release.internal.ReleasePlan;
import org.familymatters.release.internal.ReleasePlans;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * The release plan's forms turned into changes (pure: unit tests drive it with a
 * {@code BeanPropertyBindingResult}). Each mistake is put on its field; a version that is
 * not one is a save from a form that cannot be trusted, refused as changed elsewhere.
 */
public final class ReleaseFormCheck {

	static final int TEXT_MAX = 5000;

	static final int NOTE_MAX = 1000;

	static final int SHORT_MAX = 200;

	private ReleaseFormCheck() {
	}

	/**
	 * Where they will live: the address (first line and postcode) for another address
	 * only; whether the children live there for the family home or another address only.
	 */
	public static Optional<ReleasePlans.Where> where(WhereForm form, BindingResult result) {
		var check = FormCheck.of(result, "release.where");
		var living = check.requiredChoice("living", form.getLiving(), Living.class);
		ReleasePlan.Address address = null;
		if (living == Living.OTHER_ADDRESS) {
			var line1 = check.requiredText("addressLine1", form.getAddressLine1(), SHORT_MAX);
			var line2 = check.text("addressLine2", form.getAddressLine2(), SHORT_MAX);
			var town = check.text("town", form.getTown(), SHORT_MAX);
			var postcode = check.postcode("postcode", form.getPostcode());
			if (postcode == null && !check.failed("postcode")) {
				check.reject("postcode", "required");
			}
			address = new ReleasePlan.Address(line1, line2, town, postcode);
		}
		ChildrenLiving children = null;
		if (living == Living.FAMILY_HOME || living == Living.OTHER_ADDRESS) {
			children = check.requiredChoice("childrenLiveThere", form.getChildrenLiveThere(), ChildrenLiving.class);
		}
		version(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(new ReleasePlans.Where(living, address, children));
	}

	/**
	 * The family's view and an answer from each adult of {@code adults} (each answer
	 * given; nobody else).
	 */
	public static Optional<FamilyView> familyView(FamilyViewForm form, Set<UUID> adults, BindingResult result) {
		var check = FormCheck.of(result, "release.family");
		var text = check.text("familyView", form.getFamilyView(), TEXT_MAX);
		var agreements = new ArrayList<ReleasePlan.Agreement>();
		var seen = new HashSet<UUID>();
		for (int i = 0; i < form.getAgreements().size(); i++) {
			var answer = form.getAgreements().get(i);
			var nested = check.nested("agreements[" + i + "]", "release.agreement");
			var person = nested.requiredIdentifier("personId", answer.getPersonId());
			var given = nested.requiredChoice("answer", answer.getAnswer(), AdultAgreement.class);
			var note = nested.text("note", answer.getNote(), NOTE_MAX);
			if (person != null && (!adults.contains(person) || !seen.add(person))) {
				nested.reject("personId", "unknownChoice");
			}
			if (person != null && given != null) {
				agreements.add(new ReleasePlan.Agreement(person, given, note));
			}
		}
		version(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(new FamilyView(text, List.copyOf(agreements)));
	}

	/**
	 * Contact with probation: a probation service of {@code services}, or the
	 * practitioner's name, or both; how to reach the practitioner when named.
	 */
	public static Optional<ReleasePlan.Probation> probation(ProbationForm form, Map<UUID, String> services,
			BindingResult result) {
		var check = FormCheck.of(result, "release.probation");
		var organisation = check.identifier("probationOrganisationId", form.getProbationOrganisationId());
		if (organisation != null && !services.containsKey(organisation)) {
			check.reject("probationOrganisationId", "unknownChoice");
		}
		var practitioner = check.text("practitioner", form.getPractitioner(), SHORT_MAX);
		var contact = check.text("contact", form.getContact(), SHORT_MAX);
		if (organisation == null && practitioner == null && !check.failed("probationOrganisationId")
				&& !check.failed("practitioner")) {
			check.reject("probationOrganisationId", "required");
		}
		if (practitioner != null && contact == null && !check.failed("contact")) {
			check.reject("contact", "required");
		}
		version(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(new ReleasePlan.Probation(organisation,
				(organisation != null) ? services.get(organisation) : null, practitioner, contact));
	}

	/** Benefits and ID: each arranged, not yet or not needed; an optional note. */
	public static Optional<Money> money(MoneyForm form, BindingResult result) {
		var check = FormCheck.of(result, "release.money");
		var benefits = check.requiredChoice("benefits", form.getBenefits(), Arrangement.class);
		var documents = check.requiredChoice("identityDocuments", form.getIdentityDocuments(), Arrangement.class);
		var note = check.text("note", form.getNote(), NOTE_MAX);
		version(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(new Money(benefits, documents, note));
	}

	/** The release-day plan: at least one of its parts. */
	public static Optional<ReleasePlan.ReleaseDay> releaseDay(ReleaseDayForm form, BindingResult result) {
		var check = FormCheck.of(result, "release.day");
		var metBy = check.text("metBy", form.getMetBy(), TEXT_MAX);
		var travel = check.text("travel", form.getTravel(), TEXT_MAX);
		var appointments = check.text("firstAppointments", form.getFirstAppointments(), TEXT_MAX);
		var day = new ReleasePlan.ReleaseDay(metBy, travel, appointments);
		if (!day.given() && !check.failed()) {
			check.reject("metBy", "required");
		}
		version(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(day);
	}

	/**
	 * A release action: for one of {@code goals}, owned by one of {@code organisations}
	 * and optionally a person in it ({@code organisationOf} says whose each person is),
	 * due not before today nor before the support plan started.
	 */
	public static Optional<ReleasePlans.NewAction> action(ReleaseActionForm form, Set<UUID> goals,
			Set<UUID> organisations, Map<UUID, UUID> organisationOf, LocalDate planStarted, LocalDate today,
			BindingResult result) {
		var check = FormCheck.of(result, "release.action");
		var goal = check.requiredIdentifier("goalId", form.getGoalId());
		if (goal != null && !goals.contains(goal)) {
			check.reject("goalId", "unknownChoice");
		}
		var description = check.requiredText("description", form.getDescription(), NOTE_MAX);
		var organisation = check.requiredIdentifier("ownerOrganisationId", form.getOwnerOrganisationId());
		if (organisation != null && !organisations.contains(organisation)) {
			check.reject("ownerOrganisationId", "unknownChoice");
		}
		var person = check.identifier("ownerUserId", form.getOwnerUserId());
		if (person != null && !organisationOf.containsKey(person)) {
			check.reject("ownerUserId", "unknownChoice");
		}
		else if (person != null && organisation != null && !organisation.equals(organisationOf.get(person))) {
			check.reject("ownerUserId", "notInOrganisation");
		}
		var due = check.requiredDate("dueOn", form.getDueOn());
		if (due != null && due.isBefore(today)) {
			check.reject("dueOn", "past");
		}
		else if (due != null && planStarted != null && due.isBefore(planStarted)) {
			check.reject("dueOn", "beforePlan");
		}
		return check.failed() ? Optional.empty()
				: Optional.of(new ReleasePlans.NewAction(goal, description, organisation, person, due));
	}

	/** The plan's version the form was made from; refused as stale when not a number. */
	static long version(String version, FormCheck check) {
		try {
			return Long.parseLong((version != null) ? version.strip() : "");
		}
		catch (NumberFormatException ex) {
			check.rejectForm("record.changedElsewhere");
			return -1;
		}
	}

	/** The family's view and the adults' answers. */
	public record FamilyView(String text, List<ReleasePlan.Agreement> agreements) {
	}

	/** Benefits and ID. */
	public record Money(Arrangement benefits, Arrangement identityDocuments, String note) {
	}

}
