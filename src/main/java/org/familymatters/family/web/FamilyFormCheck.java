package org.familymatters.family.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.family.Families;
import org.familymatters.family.FamilyEditing;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.TimelineKind;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;

import org.springframework.validation.BindingResult;

/**
 * Checks what the family forms sent, field by field, and turns it into a change. Every
 * mistake is rejected on its field so the page can say what to fix; nothing is saved
 * while any remains.
 */
final class FamilyFormCheck {

	static final Set<String> STATUSES = Set.of("referred", "active", "closed");

	private static final Pattern POSTCODE = Pattern.compile("(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

	private static final Pattern TIME = Pattern.compile("^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$");

	private FamilyFormCheck() {
	}

	static Optional<FamilyEditing.Household> household(HouseholdForm form, Set<UUID> keyWorkers, BindingResult result) {
		var line1 = text(form.getAddressLine1(), "addressLine1", 200, result);
		var line2 = text(form.getAddressLine2(), "addressLine2", 200, result);
		var town = text(form.getTown(), "town", 100, result);
		var postcode = trimmed(form.getPostcode());
		if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
			result.rejectValue("postcode", "family.postcode.invalid");
		}
		if (!STATUSES.contains(form.getStatus())) {
			result.rejectValue("status", "family.status.required");
		}
		var reason = text(form.getClosedReason(), "closedReason", 1000, result);
		if ("closed".equals(form.getStatus()) && reason == null) {
			result.rejectValue("closedReason", "family.closedReason.required");
		}
		JourneyStage stage = null;
		if (trimmed(form.getJourneyStage()) != null) {
			stage = enumOf(JourneyStage.class, form.getJourneyStage());
			if (stage == null) {
				result.rejectValue("journeyStage", "family.journeyStage.unknown");
			}
		}
		UUID keyWorker = null;
		if (trimmed(form.getKeyWorkerId()) != null) {
			keyWorker = uuid(form.getKeyWorkerId());
			if (keyWorker == null || !keyWorkers.contains(keyWorker)) {
				result.rejectValue("keyWorkerId", "family.keyWorker.unknown");
			}
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new FamilyEditing.Household(line1, line2, town,
				(postcode != null) ? postcode.toUpperCase(Locale.UK) : null, form.getStatus(),
				"closed".equals(form.getStatus()) ? reason : null, stage, keyWorker));
	}

	static Optional<Families.NewPerson> person(PersonForm form, Set<UUID> schools, BindingResult result) {
		var given = required(form.getGivenName(), "givenName", 100, result);
		var family = required(form.getFamilyName(), "familyName", 100, result);
		var other = text(form.getOtherNames(), "otherNames", 200, result);
		var dob = date(form.getDateOfBirth(), "dateOfBirth", result);
		if (dob != null && dob.isAfter(today())) {
			result.rejectValue("dateOfBirth", "family.dateOfBirth.future");
		}
		if (dob != null && dob.isBefore(LocalDate.of(1900, 1, 1))) {
			result.rejectValue("dateOfBirth", "family.dateOfBirth.tooOld");
		}
		var phone = trimmed(form.getPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			result.rejectValue("phone", "family.phone.invalid");
		}
		var email = trimmed(form.getEmail());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			result.rejectValue("email", "family.email.invalid");
		}
		var relationship = text(form.getRelationship(), "relationship", 100, result);
		var role = enumOf(FamilyRole.class, form.getRole());
		if (role == null) {
			result.rejectValue("role", "family.role.required");
		}
		UUID school = null;
		String year = null;
		if (role == FamilyRole.CHILD) {
			if (trimmed(form.getSchoolId()) != null) {
				school = uuid(form.getSchoolId());
				if (school == null || !schools.contains(school)) {
					result.rejectValue("schoolId", "family.school.unknown");
				}
			}
			year = text(form.getSchoolYear(), "schoolYear", 30, result);
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional
			.of(new Families.NewPerson(given, family, other, dob, phone, email, relationship, role, school, year));
	}

	static Optional<FamilyEditing.Custody> custody(CustodyForm form, Set<UUID> peopleInCustody, Set<UUID> prisons,
			BindingResult result) {
		var person = uuid(form.getPersonId());
		if (person == null || !peopleInCustody.contains(person)) {
			result.rejectValue("personId", "family.custody.person.required");
		}
		var prison = uuid(form.getPrisonId());
		if (prison == null || !prisons.contains(prison)) {
			result.rejectValue("prisonId", "family.custody.prison.required");
		}
		var number = trimmed(form.getPrisonNumber());
		if (number != null && !number.matches("(?i)^[A-Z0-9]{1,12}$")) {
			result.rejectValue("prisonNumber", "family.custody.prisonNumber.invalid");
		}
		var remanded = date(form.getRemandedOn(), "remandedOn", result);
		var sentenced = date(form.getSentencedOn(), "sentencedOn", result);
		var sentence = text(form.getSentence(), "sentence", 200, result);
		var expected = date(form.getExpectedReleaseOn(), "expectedReleaseOn", result);
		var released = date(form.getReleasedOn(), "releasedOn", result);
		if (sentenced != null && expected != null && expected.isBefore(sentenced)) {
			result.rejectValue("expectedReleaseOn", "family.custody.releaseBeforeSentence");
		}
		if (remanded != null && sentenced != null && sentenced.isBefore(remanded)) {
			result.rejectValue("sentencedOn", "family.custody.sentenceBeforeRemand");
		}
		if (released != null && released.isAfter(today())) {
			result.rejectValue("releasedOn", "family.custody.releasedFuture");
		}
		if (result.hasErrors()) {
			return Optional.empty();
		}
		return Optional
			.of(new FamilyEditing.Custody(person, prison, (number != null) ? number.toUpperCase(Locale.UK) : null,
					remanded, sentenced, sentence, expected, released));
	}

	static Optional<FamilyEditing.NewTimelineEntry> timeline(TimelineForm form, BindingResult result) {
		if (form.getKind() == null || !TimelineKind.CODES.contains(form.getKind())) {
			result.rejectValue("kind", "family.timeline.kind.required");
		}
		var day = date(form.getOccurredOn(), "occurredOn", result);
		if (day == null && !result.hasFieldErrors("occurredOn")) {
			result.rejectValue("occurredOn", "family.timeline.date.required");
		}
		var time = LocalTime.NOON;
		var timeText = trimmed(form.getTime());
		if (timeText != null) {
			var matcher = TIME.matcher(timeText);
			if (matcher.matches()) {
				time = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
			}
			else {
				result.rejectValue("time", "family.timeline.time.invalid");
			}
		}
		Instant at = (day != null) ? day.atTime(time).atZone(ServiceTime.ZONE).toInstant() : null;
		if (at != null && day.isAfter(today())) {
			result.rejectValue("occurredOn", "family.timeline.date.future");
		}
		var summary = required(form.getSummary(), "summary", 4000, result);
		if (result.hasErrors()) {
			return Optional.empty();
		}
		boolean children = form.getAboutChildren() != null && form.getAboutChildren().contains("true");
		return Optional.of(new FamilyEditing.NewTimelineEntry(form.getKind(), children, at, summary));
	}

	static Optional<MergeRequest> merge(MergeForm form, BindingResult result) {
		var reason = required(form.getReason(), "reason", 1000, result);
		if (trimmed(form.getKept()) == null) {
			result.rejectValue("kept", "merge.kept.required");
		}
		if (trimmed(form.getMerged()) == null) {
			result.rejectValue("merged", "merge.merged.required");
		}
		return result.hasErrors() ? Optional.empty()
				: Optional.of(new MergeRequest(form.getKept().strip(), form.getMerged().strip(), reason));
	}

	private static LocalDate date(DateParts parts, String field, BindingResult result) {
		if (parts == null || parts.isEmpty()) {
			return null;
		}
		var date = parts.toDate();
		if (date.isEmpty()) {
			result.rejectValue(field, "date.invalid");
			return null;
		}
		return date.get();
	}

	private static String required(String value, String field, int max, BindingResult result) {
		var text = trimmed(value);
		if (text == null) {
			result.rejectValue(field, "family." + field + ".required");
			return null;
		}
		return text(text, field, max, result);
	}

	private static String text(String value, String field, int max, BindingResult result) {
		var text = trimmed(value);
		if (text != null && text.length() > max) {
			result.rejectValue(field, "family.field.tooLong", new Object[] { max }, "Too long");
		}
		return text;
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static UUID uuid(String value) {
		try {
			return (value == null || value.isBlank()) ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static LocalDate today() {
		return LocalDate.now(ServiceTime.ZONE);
	}

	/** What a merge form asks for, as typed: people's ids or families' references. */
	record MergeRequest(String kept, String merged, String reason) {
	}

}
