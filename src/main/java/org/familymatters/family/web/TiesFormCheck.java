package org.familymatters.family.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.family.internal.BarrierKind;
import org.familymatters.family.internal.FamilyTies;
import org.familymatters.family.internal.TimelineKind;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks the forms of the family's ties with the person in custody, field by field, with
 * {@link FormCheck}: the family's contact, a parenting programme session, and what stands
 * in the way of contact. Nothing is saved while any problem remains. Messages start
 * {@code family.contact.}, {@code family.session.} and {@code family.barrier.}; pure, so
 * unit-tested without Spring.
 */
final class TiesFormCheck {

	/** The programme choice that names a programme not on the list. */
	static final String NEW_PROGRAMME = "new";

	private TiesFormCheck() {
	}

	/**
	 * A visit, family day, call or letter with the person in custody, on a day up to
	 * {@code today}, taken part in by some of the family's {@code people}; at one of
	 * {@code prisons} for a visit or family day.
	 */
	static Optional<FamilyTies.NewContact> contact(ContactForm form, Set<UUID> people, Set<UUID> prisons,
			LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "family.contact");
		var kind = check.requiredChoice("kind", form.getKind(),
				code -> TimelineKind.CONTACT.stream().filter(k -> k.code().equals(code)).findFirst());
		var day = notFuture(check, "occurredOn", check.requiredDate("occurredOn", form.getOccurredOn()), today);
		boolean atPrison = kind == TimelineKind.VISIT || kind == TimelineKind.FAMILY_DAY;
		var prison = check.choice("prisonId", form.getPrisonId(), among(prisons));
		if (atPrison && prison == null && !check.failed("prisonId")) {
			check.reject("prisonId", "required");
		}
		var chosen = check.identifiers("people", form.getPeople());
		if (!check.failed("people") && chosen.isEmpty()) {
			check.reject("people", "required");
		}
		else if (!check.failed("people") && !people.containsAll(chosen)) {
			check.reject("people", "unknownChoice");
		}
		var summary = check.text("summary", form.getSummary(), 4000);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new FamilyTies.NewContact(kind, day, atPrison ? prison : null, chosen, summary));
	}

	/**
	 * A parenting programme session one of {@code parents} attended on a day up to
	 * {@code today}: a programme of {@code programmes} or one named anew; inside one of
	 * {@code prisons}, or in the community at a place named.
	 */
	static Optional<FamilyTies.NewSession> session(SessionForm form, Set<UUID> parents, Set<UUID> programmes,
			Set<UUID> prisons, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "family.session");
		var programme = check.requiredChoice("programme", form.getProgramme(),
				value -> NEW_PROGRAMME.equals(value) ? Optional.of(value)
						: Input.identifier(value).toOptional().filter(programmes::contains).map(UUID::toString));
		var named = check.text("newProgramme", form.getNewProgramme(), 200);
		if (NEW_PROGRAMME.equals(programme) && named == null && !check.failed("newProgramme")) {
			check.reject("newProgramme", "required");
		}
		var parent = check.requiredChoice("personId", form.getPersonId(), among(parents));
		var day = notFuture(check, "occurredOn", check.requiredDate("occurredOn", form.getOccurredOn()), today);
		var setting = check.requiredChoice("setting", form.getSetting(), FamilyTies.Setting.class);
		var prison = check.choice("prisonId", form.getPrisonId(), among(prisons));
		if (setting == FamilyTies.Setting.IN_PRISON && prison == null && !check.failed("prisonId")) {
			check.reject("prisonId", "required");
		}
		var place = check.text("place", form.getPlace(), 200);
		if (setting == FamilyTies.Setting.IN_COMMUNITY && place == null && !check.failed("place")) {
			check.reject("place", "required");
		}
		var notes = check.text("notes", form.getNotes(), 4000);
		if (check.failed()) {
			return Optional.empty();
		}
		boolean inside = setting == FamilyTies.Setting.IN_PRISON;
		return Optional
			.of(new FamilyTies.NewSession(NEW_PROGRAMME.equals(programme) ? null : UUID.fromString(programme),
					NEW_PROGRAMME.equals(programme) ? named : null, parent, day, setting, inside ? prison : null,
					inside ? null : place, notes));
	}

	/** What stands in the way of contact, noted on a day up to {@code today}. */
	static Optional<FamilyTies.NewBarrier> barrier(BarrierForm form, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "family.barrier");
		var kind = check.requiredChoice("kind", form.getKind(), BarrierKind.class);
		var details = check.text("details", form.getDetails(), 1000);
		if (kind == BarrierKind.OTHER && details == null && !check.failed("details")) {
			check.reject("details", "required");
		}
		var noted = notFuture(check, "notedOn", check.requiredDate("notedOn", form.getNotedOn()), today);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new FamilyTies.NewBarrier(kind, details, noted));
	}

	private static LocalDate notFuture(FormCheck check, String field, LocalDate day, LocalDate today) {
		if (day != null && day.isAfter(today)) {
			check.reject(field, "future");
		}
		return day;
	}

	/** A choice among these identifiers. */
	private static Function<String, Optional<UUID>> among(Set<UUID> ids) {
		return text -> Input.identifier(text).toOptional().filter(ids::contains);
	}

}
