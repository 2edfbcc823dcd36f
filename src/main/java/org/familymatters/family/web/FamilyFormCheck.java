package org.familymatters.family.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.familymatters.family.FamilyRole;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.NewPerson;
import org.familymatters.family.internal.Attachments;
import org.familymatters.family.internal.FamilyEditing;
import org.familymatters.family.internal.TimelineKind;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks what the family forms sent, field by field, with {@link FormCheck}, and turns it
 * into a change. Every mistake is put on its field so the page can say what to fix;
 * nothing is saved while any remains. Messages start {@code family.} ({@code merge.} for
 * the administrators' merges); pure, so unit-tested without Spring.
 */
final class FamilyFormCheck {

	static final Set<String> STATUSES = Set.of("referred", "active", "closed");

	/** The kinds the "Add to the timeline" form offers. */
	static final Set<String> GENERAL_KINDS = TimelineKind.GENERAL.stream()
		.map(TimelineKind::code)
		.collect(java.util.stream.Collectors.toSet());

	/** The earliest date of birth taken. */
	static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);

	private static final Pattern PRISON_NUMBER = Pattern.compile("(?i)^[A-Z0-9]{1,12}$");

	private FamilyFormCheck() {
	}

	/** The household, with a key worker among {@code keyWorkers}. */
	static Optional<FamilyEditing.Household> household(HouseholdForm form, Set<UUID> keyWorkers, BindingResult result) {
		var check = FormCheck.of(result, "family");
		var line1 = check.text("addressLine1", form.getAddressLine1(), 200);
		var line2 = check.text("addressLine2", form.getAddressLine2(), 200);
		var town = check.text("town", form.getTown(), 100);
		var postcode = check.postcode("postcode", form.getPostcode());
		var status = check.requiredChoice("status", form.getStatus(), oneOf(STATUSES));
		var reason = check.text("closedReason", form.getClosedReason(), 1000);
		if ("closed".equals(status) && reason == null) {
			check.reject("closedReason", "required");
		}
		var stage = check.choice("journeyStage", form.getJourneyStage(), JourneyStage.class);
		var keyWorker = check.choice("keyWorkerId", form.getKeyWorkerId(), among(keyWorkers));
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new FamilyEditing.Household(line1, line2, town, postcode, status,
				"closed".equals(status) ? reason : null, stage, keyWorker));
	}

	/** A person, going to one of {@code schools} if a child, born by {@code today}. */
	static Optional<NewPerson> person(PersonForm form, Set<UUID> schools, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "family");
		var given = check.requiredText("givenName", form.getGivenName(), 100);
		var family = check.requiredText("familyName", form.getFamilyName(), 100);
		var other = check.text("otherNames", form.getOtherNames(), 200);
		var dob = check.date("dateOfBirth", form.getDateOfBirth());
		if (dob != null && dob.isAfter(today)) {
			check.reject("dateOfBirth", "future");
		}
		if (dob != null && dob.isBefore(OLDEST)) {
			check.reject("dateOfBirth", "tooOld");
		}
		var phone = check.phone("phone", form.getPhone());
		var email = check.email("email", form.getEmail());
		var relationship = check.text("relationship", form.getRelationship(), 100);
		var role = check.requiredChoice("role", form.getRole(), FamilyRole.class);
		UUID school = null;
		String year = null;
		if (role == FamilyRole.CHILD) {
			school = check.choice("schoolId", form.getSchoolId(), among(schools));
			year = check.text("schoolYear", form.getSchoolYear(), 30);
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new NewPerson(given, family, other, dob, phone, email, relationship, role, school, year));
	}

	/**
	 * A custody episode of one of {@code peopleInCustody}, at one of {@code prisons},
	 * with no release in the future after {@code today}.
	 */
	static Optional<FamilyEditing.Custody> custody(CustodyForm form, Set<UUID> peopleInCustody, Set<UUID> prisons,
			LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "family.custody");
		var person = check.requiredChoice("personId", form.getPersonId(), among(peopleInCustody));
		var prison = check.requiredChoice("prisonId", form.getPrisonId(), among(prisons));
		var number = check.text("prisonNumber", form.getPrisonNumber(), 100);
		if (number != null && !PRISON_NUMBER.matcher(number).matches()) {
			check.reject("prisonNumber", "invalid");
		}
		var remanded = check.date("remandedOn", form.getRemandedOn());
		var sentenced = check.date("sentencedOn", form.getSentencedOn());
		var sentence = check.text("sentence", form.getSentence(), 200);
		var expected = check.date("expectedReleaseOn", form.getExpectedReleaseOn());
		var released = check.date("releasedOn", form.getReleasedOn());
		if (sentenced != null && expected != null && expected.isBefore(sentenced)) {
			check.reject("expectedReleaseOn", "releaseBeforeSentence");
		}
		if (remanded != null && sentenced != null && sentenced.isBefore(remanded)) {
			check.reject("sentencedOn", "sentenceBeforeRemand");
		}
		if (released != null && released.isAfter(today)) {
			check.reject("releasedOn", "releasedFuture");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional
			.of(new FamilyEditing.Custody(person, prison, (number != null) ? number.toUpperCase(Locale.UK) : null,
					remanded, sentenced, sentence, expected, released));
	}

	/**
	 * An entry on the timeline, on a day up to {@code today}; at noon when no time is
	 * given.
	 */
	static Optional<FamilyEditing.NewTimelineEntry> timeline(TimelineForm form, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "family.timeline");
		var kind = check.requiredChoice("kind", form.getKind(), oneOf(GENERAL_KINDS));
		var day = check.requiredDate("occurredOn", form.getOccurredOn());
		if (day != null && day.isAfter(today)) {
			check.reject("occurredOn", "future");
		}
		var time = check.time("time", form.getTime());
		var summary = check.requiredText("summary", form.getSummary(), 4000);
		if (check.failed()) {
			return Optional.empty();
		}
		Instant at = day.atTime((time != null) ? time : LocalTime.NOON).atZone(ServiceTime.ZONE).toInstant();
		boolean children = form.getAboutChildren() != null && form.getAboutChildren().contains("true");
		return Optional.of(new FamilyEditing.NewTimelineEntry(kind, children, at, summary));
	}

	/**
	 * An attachment's description (null when none is given); what is wrong with its file
	 * ({@link Attachments#problem}), if anything, is put on the file's field with the
	 * limit it is about (megabytes, or files).
	 */
	static String attachment(AttachmentForm form, Optional<Attachments.Problem> problem, long limit,
			BindingResult result) {
		var check = FormCheck.of(result, "family.attachment");
		problem.ifPresent(p -> check.reject("file", p.code(), limit));
		return check.text("description", form.getDescription(), 500);
	}

	/** The words a families search looks for; null (and a problem) when unusable. */
	static String search(FamilySearchForm form, BindingResult result) {
		return FormCheck.of(result, "family.search").text("q", form.getQ(), 200);
	}

	/**
	 * A families list's filters: a status, a locality among {@code localities} (those
	 * whose families the user keeps), only the user's own families. A locality the user
	 * may not list is refused by its field.
	 */
	static Filters filters(FamilySearchForm form, Set<UUID> localities, BindingResult result) {
		var check = FormCheck.of(result, "family.search");
		var status = check.choice("status", form.getStatus(), oneOf(STATUSES));
		var locality = check.identifier("locality", form.getLocality());
		if (locality != null && !localities.contains(locality)) {
			check.reject("locality", "notYours");
			locality = null;
		}
		var mine = check.choice("mine", form.getMine(), oneOf(Set.of("true")));
		return new Filters(status, locality, mine != null);
	}

	/** Two people to merge, by their record numbers, and why. */
	static Optional<Merge> mergePeople(MergeForm form, BindingResult result) {
		return merge(form, text -> Input.identifier(text).toOptional(), "merge.person.id", result);
	}

	/**
	 * Two families to merge, by their references (found with {@code families}), and why.
	 */
	static Optional<Merge> mergeFamilies(MergeForm form, Function<String, Optional<UUID>> families,
			BindingResult result) {
		return merge(form, families, "merge.family.reference", result);
	}

	private static Optional<Merge> merge(MergeForm form, Function<String, Optional<UUID>> find, String unknown,
			BindingResult result) {
		var check = FormCheck.of(result, "merge");
		var kept = record(check, "kept", form.getKept(), find, unknown);
		var merged = record(check, "merged", form.getMerged(), find, unknown);
		var reason = check.requiredText("reason", form.getReason(), 1000);
		return check.failed() ? Optional.empty() : Optional.of(new Merge(kept, merged, reason));
	}

	private static UUID record(FormCheck check, String field, String value, Function<String, Optional<UUID>> find,
			String unknown) {
		var text = check.requiredText(field, value, 100);
		if (text == null) {
			return null;
		}
		var found = find.apply(text);
		if (found.isEmpty()) {
			check.reject(field, unknown);
		}
		return found.orElse(null);
	}

	/** A choice among these identifiers. */
	private static Function<String, Optional<UUID>> among(Set<UUID> ids) {
		return text -> Input.identifier(text).toOptional().filter(ids::contains);
	}

	/** A choice among these codes, as the form sends them. */
	private static Function<String, Optional<String>> oneOf(Set<String> codes) {
		return text -> Optional.of(text).filter(codes::contains);
	}

	/**
	 * A families list's filters.
	 *
	 * @param status a status, or null for any
	 * @param locality a locality, or null for any the user keeps
	 * @param mine only the user's families as key worker
	 */
	record Filters(String status, UUID locality, boolean mine) {
	}

	/**
	 * What a merge form asks for: the record to keep, the one merged into it, and why.
	 */
	record Merge(UUID kept, UUID merged, String reason) {
	}

}
