package org.familymatters.family.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.familymatters.family.FamilyRole;
import org.familymatters.family.JourneyStage;
import org.familymatters.family.internal.Attachments;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;
import org.familymatters.shared.web.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The family forms' checks, without Spring's web layer: what each form turns into, and
 * each mistake refused on its field with the words to put it right, including the bad
 * input the fuzzing found (a NUL character in any text field, a missing required select).
 */
class FamilyFormCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final String NUL = "Sam\u0000";

	static final UUID KEY_WORKER = UUID.randomUUID();

	static final UUID SCHOOL = UUID.randomUUID();

	static final UUID FATHER = UUID.randomUUID();

	static final UUID PRISON = UUID.randomUUID();

	// Household

	@Test
	void aHouseholdBecomesAChange() {
		var form = household();
		var result = result(form);
		var household = FamilyFormCheck.household(form, Set.of(KEY_WORKER), result).orElseThrow();
		assertThat(result.hasErrors()).isFalse();
		assertThat(household.addressLine1()).isEqualTo("2 Changed Road");
		assertThat(household.postcode()).isEqualTo("OX16 3ZZ");
		assertThat(household.status()).isEqualTo("active");
		assertThat(household.closedReason()).isNull();
		assertThat(household.journeyStage()).isEqualTo(JourneyStage.IN_CUSTODY);
		assertThat(household.keyWorkerId()).isEqualTo(KEY_WORKER);
	}

	@Test
	void aHouseholdWithoutAStatusIsRefusedByTheFieldNotWithAnError() {
		var form = household();
		form.setStatus(null);
		var result = result(form);
		assertThat(FamilyFormCheck.household(form, Set.of(KEY_WORKER), result)).isEmpty();
		assertThat(codes(result, "status")).containsExactly("family.status.required", "input.required");
		form.setStatus("archived");
		result = result(form);
		FamilyFormCheck.household(form, Set.of(KEY_WORKER), result);
		assertThat(codes(result, "status")).contains("family.status.unknownChoice");
	}

	@Test
	void closingAFamilyNeedsAReason() {
		var form = household();
		form.setStatus("closed");
		var result = result(form);
		assertThat(FamilyFormCheck.household(form, Set.of(KEY_WORKER), result)).isEmpty();
		assertThat(code(result, "closedReason")).isEqualTo("family.closedReason.required");
		form.setClosedReason("Moved away");
		assertThat(FamilyFormCheck.household(form, Set.of(KEY_WORKER), result(form)).orElseThrow().closedReason())
			.isEqualTo("Moved away");
	}

	@Test
	void aHouseholdsMistakesAreRefusedByTheirFields() {
		var form = household();
		form.setPostcode("OX16");
		form.setJourneyStage("ON_THE_MOON");
		form.setKeyWorkerId(UUID.randomUUID().toString());
		form.setTown("x".repeat(101));
		var result = result(form);
		assertThat(FamilyFormCheck.household(form, Set.of(KEY_WORKER), result)).isEmpty();
		assertThat(codes(result, "postcode")).containsExactly("family.postcode.postcode", "input.postcode");
		assertThat(codes(result, "journeyStage")).contains("family.journeyStage.unknownChoice");
		assertThat(codes(result, "keyWorkerId")).contains("family.keyWorkerId.unknownChoice");
		assertThat(codes(result, "town")).contains("input.tooLong");
		assertThat(result.getFieldError("town").getArguments()).containsExactly(100);
	}

	@Test
	void aNulCharacterInAnyHouseholdTextIsRefusedByItsField() {
		eachTextField(List.of("addressLine1", "addressLine2", "town", "postcode", "closedReason"), (field, value) -> {
			var form = household();
			set(form, field, value);
			var result = result(form);
			assertThat(FamilyFormCheck.household(form, Set.of(KEY_WORKER), result)).as(field).isEmpty();
			assertThat(codes(result, field)).as(field).contains("input.controlCharacters");
		});
	}

	// People

	@Test
	void aPersonBecomesANewPerson() {
		var form = person();
		var result = result(form);
		var person = FamilyFormCheck.person(form, Set.of(SCHOOL), TODAY, result).orElseThrow();
		assertThat(person.givenName()).isEqualTo("Robin");
		assertThat(person.role()).isEqualTo(FamilyRole.CHILD);
		assertThat(person.schoolId()).isEqualTo(SCHOOL);
		assertThat(person.schoolYear()).isEqualTo("Year 2");
		assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(2019, 5, 4));
		assertThat(person.phone()).isEqualTo("01865 123456");
	}

	@Test
	void aPersonsMistakesAreRefusedByTheirFields() {
		var form = person();
		form.setGivenName(" ");
		form.setDateOfBirth(DateParts.of(TODAY.plusDays(1)));
		form.setPhone("call me");
		form.setEmail("@@@");
		form.setSchoolId("not-a-school");
		var result = result(form);
		assertThat(FamilyFormCheck.person(form, Set.of(SCHOOL), TODAY, result)).isEmpty();
		assertThat(codes(result, "givenName")).containsExactly("family.givenName.required", "input.required");
		assertThat(code(result, "dateOfBirth")).isEqualTo("family.dateOfBirth.future");
		assertThat(codes(result, "phone")).contains("input.phone");
		assertThat(codes(result, "email")).contains("input.email");
		assertThat(codes(result, "schoolId")).contains("family.schoolId.unknownChoice");

		form = person();
		var parts = new DateParts();
		parts.setDay("31");
		parts.setMonth("2");
		parts.setYear("2019");
		form.setDateOfBirth(parts);
		result = result(form);
		FamilyFormCheck.person(form, Set.of(SCHOOL), TODAY, result);
		assertThat(codes(result, "dateOfBirth")).contains("input.date");
		form.setDateOfBirth(DateParts.of(LocalDate.of(1899, 12, 31)));
		result = result(form);
		FamilyFormCheck.person(form, Set.of(SCHOOL), TODAY, result);
		assertThat(code(result, "dateOfBirth")).isEqualTo("family.dateOfBirth.tooOld");
	}

	@Test
	void aPersonWithoutAPlaceInTheFamilyIsRefusedByTheField() {
		var form = person();
		form.setRole(null);
		var result = result(form);
		assertThat(FamilyFormCheck.person(form, Set.of(SCHOOL), TODAY, result)).isEmpty();
		assertThat(codes(result, "role")).containsExactly("family.role.required", "input.required");
	}

	@Test
	void onlyAChildHasASchool() {
		var form = person();
		form.setRole("PARENT_OR_CARER");
		var person = FamilyFormCheck.person(form, Set.of(SCHOOL), TODAY, result(form)).orElseThrow();
		assertThat(person.schoolId()).isNull();
		assertThat(person.schoolYear()).isNull();
	}

	@Test
	void aNulCharacterInAnyPersonTextIsRefusedByItsField() {
		eachTextField(List.of("givenName", "familyName", "otherNames", "phone", "email", "relationship", "schoolYear"),
				(field, value) -> {
					var form = person();
					set(form, field, value);
					var result = result(form);
					assertThat(FamilyFormCheck.person(form, Set.of(SCHOOL), TODAY, result)).as(field).isEmpty();
					assertThat(codes(result, field)).as(field).contains("input.controlCharacters");
				});
	}

	// Custody

	@Test
	void aCustodyEpisodeBecomesAChange() {
		var form = custody();
		var custody = FamilyFormCheck.custody(form, Set.of(FATHER), Set.of(PRISON), TODAY, result(form)).orElseThrow();
		assertThat(custody.personId()).isEqualTo(FATHER);
		assertThat(custody.prisonNumber()).isEqualTo("A1234BC");
		assertThat(custody.sentencedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void aCustodyEpisodesMistakesAreRefusedByTheirFields() {
		var form = custody();
		form.setPersonId(UUID.randomUUID().toString());
		form.setPrisonId(null);
		form.setPrisonNumber("A-1234");
		form.setExpectedReleaseOn(DateParts.of(LocalDate.of(2025, 3, 1)));
		form.setRemandedOn(DateParts.of(LocalDate.of(2026, 4, 1)));
		form.setReleasedOn(DateParts.of(TODAY.plusDays(1)));
		var result = result(form);
		assertThat(FamilyFormCheck.custody(form, Set.of(FATHER), Set.of(PRISON), TODAY, result)).isEmpty();
		assertThat(codes(result, "personId")).contains("family.custody.personId.unknownChoice");
		assertThat(codes(result, "prisonId")).containsExactly("family.custody.prisonId.required", "input.required");
		assertThat(code(result, "prisonNumber")).isEqualTo("family.custody.prisonNumber.invalid");
		assertThat(code(result, "expectedReleaseOn"))
			.isEqualTo("family.custody.expectedReleaseOn.releaseBeforeSentence");
		assertThat(code(result, "sentencedOn")).isEqualTo("family.custody.sentencedOn.sentenceBeforeRemand");
		assertThat(code(result, "releasedOn")).isEqualTo("family.custody.releasedOn.releasedFuture");
	}

	@Test
	void aNulCharacterInAnyCustodyTextIsRefusedByItsField() {
		eachTextField(List.of("prisonNumber", "sentence"), (field, value) -> {
			var form = custody();
			set(form, field, value);
			var result = result(form);
			assertThat(FamilyFormCheck.custody(form, Set.of(FATHER), Set.of(PRISON), TODAY, result)).as(field)
				.isEmpty();
			assertThat(codes(result, field)).as(field).contains("input.controlCharacters");
		});
	}

	// Timeline

	@Test
	void aTimelineEntryHappensAtItsTimeOrAtNoon() {
		var form = timeline();
		var entry = FamilyFormCheck.timeline(form, TODAY, result(form)).orElseThrow();
		assertThat(entry.kind()).isEqualTo("call");
		assertThat(entry.aboutChildren()).isTrue();
		assertThat(entry.occurredAt())
			.isEqualTo(ZonedDateTime.of(2026, 3, 2, 14, 15, 0, 0, ServiceTime.ZONE).toInstant());
		form.setTime("9.30");
		assertThat(FamilyFormCheck.timeline(form, TODAY, result(form)).orElseThrow().occurredAt())
			.isEqualTo(ZonedDateTime.of(2026, 3, 2, 9, 30, 0, 0, ServiceTime.ZONE).toInstant());
		form.setTime(null);
		form.setAboutChildren(List.of());
		var noon = FamilyFormCheck.timeline(form, TODAY, result(form)).orElseThrow();
		assertThat(noon.occurredAt())
			.isEqualTo(ZonedDateTime.of(2026, 3, 2, 12, 0, 0, 0, ServiceTime.ZONE).toInstant());
		assertThat(noon.aboutChildren()).isFalse();
	}

	@Test
	void aTimelineEntrysMistakesAreRefusedByTheirFields() {
		var form = timeline();
		form.setKind(null);
		form.setOccurredOn(DateParts.of(TODAY.plusDays(1)));
		form.setTime("25:00");
		form.setSummary("x".repeat(4001));
		var result = result(form);
		assertThat(FamilyFormCheck.timeline(form, TODAY, result)).isEmpty();
		assertThat(codes(result, "kind")).containsExactly("family.timeline.kind.required", "input.required");
		assertThat(code(result, "occurredOn")).isEqualTo("family.timeline.occurredOn.future");
		assertThat(codes(result, "time")).containsExactly("family.timeline.time.time", "input.time");
		assertThat(codes(result, "summary")).contains("input.tooLong");

		form = timeline();
		form.setOccurredOn(new DateParts());
		form.setSummary(NUL);
		result = result(form);
		assertThat(FamilyFormCheck.timeline(form, TODAY, result)).isEmpty();
		assertThat(codes(result, "occurredOn")).containsExactly("family.timeline.occurredOn.required",
				"input.required");
		assertThat(codes(result, "summary")).contains("input.controlCharacters");
	}

	// Attachments, the search and merges

	@Test
	void anAttachmentsFileProblemAndDescriptionAreRefusedByTheirFields() {
		var form = new AttachmentForm();
		form.setDescription(NUL);
		var result = result(form);
		FamilyFormCheck.attachment(form, Optional.of(Attachments.Problem.TOO_LARGE), 5, result);
		assertThat(result.getFieldError("file").getCode()).isEqualTo("family.attachment.file.tooLarge");
		assertThat(result.getFieldError("file").getArguments()).containsExactly(5L);
		assertThat(codes(result, "description")).contains("input.controlCharacters");
		form.setDescription(" Signed consent ");
		result = result(form);
		assertThat(FamilyFormCheck.attachment(form, Optional.empty(), 5, result)).isEqualTo("Signed consent");
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aSearchWithANulCharacterIsRefusedByTheField() {
		var form = new FamilySearchForm();
		form.setQ("FM-00\u0000");
		var result = result(form);
		assertThat(FamilyFormCheck.search(form, result)).isNull();
		assertThat(codes(result, "q")).contains("input.controlCharacters");
		form.setQ("  quigley ");
		assertThat(FamilyFormCheck.search(form, result(form))).isEqualTo("quigley");
	}

	@Test
	void aListsFiltersTakeOnlyWhatTheUserMayChoose() {
		var own = UUID.randomUUID();
		var form = new FamilySearchForm();
		form.setStatus("active");
		form.setLocality(own.toString());
		form.setMine("true");
		var result = result(form);
		assertThat(FamilyFormCheck.filters(form, Set.of(own), result))
			.isEqualTo(new FamilyFormCheck.Filters("active", own, true));
		assertThat(result.hasErrors()).isFalse();

		form.setStatus("%00");
		form.setLocality(UUID.randomUUID().toString());
		form.setMine("\u0000");
		result = result(form);
		assertThat(FamilyFormCheck.filters(form, Set.of(own), result))
			.isEqualTo(new FamilyFormCheck.Filters(null, null, false));
		assertThat(codes(result, "status")).contains("family.search.status.unknownChoice");
		assertThat(code(result, "locality")).isEqualTo("family.search.locality.notYours");
		assertThat(result.hasFieldErrors("mine")).isTrue();
	}

	@Test
	void aPageThatIsNotOneOfTheListsIsSaidSo() {
		assertThat(FamiliesController.pageNumber(null)).isEqualTo(1);
		assertThat(FamiliesController.pageNumber(" 3 ")).isEqualTo(3);
		assertThat(FamiliesController.pageNumber("%00")).isZero();
		assertThat(FamiliesController.pageNumber("-1")).isZero();
		assertThat(FamiliesController.pageNumber("99999999999")).isZero();
		var twoPages = new Page<String>(List.of(), 3, 25, 30);
		assertThat(FamiliesController.pageProblem(3, twoPages)).isEqualTo("There is no page 3: the list has 2 pages.");
		assertThat(FamiliesController.pageProblem(0, twoPages)).startsWith("There is no such page");
		assertThat(FamiliesController.pageProblem(2, twoPages)).isNull();
		assertThat(FamiliesController.pageProblem(1, new Page<String>(List.of(), 1, 25, 0))).isNull();
	}

	@Test
	void aSearchIsKeptInTheSessionAndItsAddressCarriesOnlyAKey() {
		var session = new MockHttpSession();
		var key = SearchesKept.keep(session, "Quigley Nadia");
		assertThat(key).matches("[0-9a-z]+");
		assertThat(SearchesKept.find(session, key)).isEqualTo("Quigley Nadia");
		assertThat(SearchesKept.find(new MockHttpSession(), key)).as("another session").isNull();
		for (int i = 0; i < SearchesKept.KEPT; i++) {
			SearchesKept.keep(session, "search " + i);
		}
		assertThat(SearchesKept.find(session, key)).as("the oldest is forgotten").isNull();
		var form = new FamilySearchForm();
		form.setQ("Quigley Nadia");
		form.setSearch(key);
		form.setStatus("closed");
		assertThat(FamiliesController.address("/families", form, true))
			.isEqualTo("/families?search=" + key + "&status=closed&page=1");
	}

	@Test
	void aMergeNamesTwoRecordsAndWhy() {
		var kept = UUID.randomUUID();
		var merged = UUID.randomUUID();
		var form = new MergeForm();
		form.setKept(" " + kept + " ");
		form.setMerged(merged.toString());
		form.setReason("Same name and date of birth");
		var people = FamilyFormCheck.mergePeople(form, result(form)).orElseThrow();
		assertThat(people.kept()).isEqualTo(kept);
		assertThat(people.merged()).isEqualTo(merged);

		form.setKept("FM-000001");
		form.setMerged("FM-NOPE");
		var result = result(form);
		assertThat(FamilyFormCheck.mergeFamilies(form,
				reference -> "FM-000001".equals(reference) ? Optional.of(kept) : Optional.empty(), result))
			.isEmpty();
		assertThat(result.hasFieldErrors("kept")).isFalse();
		assertThat(code(result, "merged")).isEqualTo("merge.family.reference");

		form = new MergeForm();
		form.setKept("not-an-id");
		form.setReason(NUL);
		result = result(form);
		assertThat(FamilyFormCheck.mergePeople(form, result)).isEmpty();
		assertThat(code(result, "kept")).isEqualTo("merge.person.id");
		assertThat(codes(result, "merged")).containsExactly("merge.merged.required", "input.required");
		assertThat(codes(result, "reason")).contains("input.controlCharacters");
	}

	// Forms as the tests fill them

	private static HouseholdForm household() {
		var form = new HouseholdForm();
		form.setAddressLine1("2 Changed Road");
		form.setTown("Banbury");
		form.setPostcode("ox16 3zz");
		form.setStatus("active");
		form.setJourneyStage("in_custody");
		form.setKeyWorkerId(KEY_WORKER.toString());
		form.setVersion(1L);
		return form;
	}

	private static PersonForm person() {
		var form = new PersonForm();
		form.setGivenName(" Robin ");
		form.setFamilyName("Quigley-Test");
		form.setRole("CHILD");
		form.setSchoolId(SCHOOL.toString());
		form.setSchoolYear("Year 2");
		form.setDateOfBirth(DateParts.of(LocalDate.of(2019, 5, 4)));
		form.setPhone("01865 123456");
		return form;
	}

	private static CustodyForm custody() {
		var form = new CustodyForm();
		form.setPersonId(FATHER.toString());
		form.setPrisonId(PRISON.toString());
		form.setPrisonNumber("a1234bc");
		form.setSentencedOn(DateParts.of(LocalDate.of(2026, 3, 1)));
		form.setSentence("2 years");
		form.setExpectedReleaseOn(DateParts.of(LocalDate.of(2027, 3, 1)));
		return form;
	}

	private static TimelineForm timeline() {
		var form = new TimelineForm();
		form.setKind("call");
		form.setOccurredOn(DateParts.of(LocalDate.of(2026, 3, 2)));
		form.setTime("14:15");
		form.setSummary("Spoke to Nadia about visits.");
		form.setAboutChildren(List.of("true"));
		return form;
	}

	private static BindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private static List<String> codes(BindingResult result, String field) {
		var error = result.getFieldError(field);
		assertThat(error).as("a problem on " + field).isNotNull();
		return List.of(error.getCodes());
	}

	/** The code of a problem the form found itself (its own words, no general ones). */
	private static String code(BindingResult result, String field) {
		var error = result.getFieldError(field);
		assertThat(error).as("a problem on " + field).isNotNull();
		return error.getCode();
	}

	private static void set(Object form, String field, String value) {
		new BeanWrapperImpl(form).setPropertyValue(field, value);
	}

	private static void eachTextField(List<String> fields, BiConsumer<String, String> check) {
		fields.forEach(field -> check.accept(field, NUL));
	}

}
