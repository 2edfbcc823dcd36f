package org.familymatters.consent.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.SafeguardingRequests;
import org.familymatters.identity.OrganisationType;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consent and safeguarding forms' checks, without Spring's web layer: what each form
 * turns into, and each mistake refused on its field, including a NUL character in any
 * text field and a missing required choice.
 */
class ConsentFormCheckTest {

	static final LocalDate LATEST = LocalDate.of(2027, 6, 15);

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final String NUL = "Kerry\u0000";

	static final UUID MOTHER = UUID.randomUUID();

	static final UUID SCHOOL = UUID.randomUUID();

	static final UUID SOCIAL_CARE = UUID.randomUUID();

	static final Map<UUID, OrganisationType> ORGANISATIONS = Map.of(SCHOOL, OrganisationType.SCHOOL, SOCIAL_CARE,
			OrganisationType.SOCIAL_CARE);

	// Recording consent

	@Test
	void aConsentFormBecomesANewConsent() {
		var form = consent();
		var result = result(form);
		var consent = ConsentFormCheck.check(form, Set.of(MOTHER), ORGANISATIONS, TODAY, result).orElseThrow();
		assertThat(result.hasErrors()).isFalse();
		assertThat(consent.giverId()).isEqualTo(MOTHER);
		assertThat(consent.method()).isEqualTo(ConsentMethod.VERBAL_WITNESSED);
		assertThat(consent.witness()).isEqualTo("Sam, support worker");
		assertThat(consent.givenOn()).isEqualTo(TODAY);
		assertThat(consent.purpose()).isEqualTo("Help for Jayden at school");
		assertThat(consent.kinds()).containsExactlyInAnyOrder(InformationKind.IDENTITY, InformationKind.CHILDREN);
		assertThat(consent.organisationIds()).containsExactlyInAnyOrder(SCHOOL, SOCIAL_CARE);
		assertThat(consent.organisationTypes()).containsExactly(OrganisationType.SCHOOL);
		assertThat(consent.reviewOn()).isEqualTo(TODAY.plusYears(1));
	}

	@Test
	void aSchoolIsOfferedOnlyWhoItsPupilsAre() {
		var form = consent();
		form.setRecipients(List.of("organisation:" + SCHOOL, "type:SCHOOL"));
		var result = result(form);
		assertThat(ConsentFormCheck.check(form, Set.of(MOTHER), ORGANISATIONS, TODAY, result)).isEmpty();
		assertThat(code(result, "kinds")).as("notes about the children, which a school never sees")
			.isEqualTo("consent.kinds.schoolOnlyIdentity");

		form.setKinds(List.of("CHILDREN"));
		form.setRecipients(List.of("organisation:" + SCHOOL, "organisation:" + SOCIAL_CARE));
		result = result(form);
		assertThat(ConsentFormCheck.check(form, Set.of(MOTHER), ORGANISATIONS, TODAY, result)).isEmpty();
		assertThat(code(result, "recipients")).as("a school would be shown nothing")
			.isEqualTo("consent.recipients.schoolWithoutIdentity");

		form.setKinds(List.of("IDENTITY"));
		form.setRecipients(List.of("type:SCHOOL"));
		assertThat(ConsentFormCheck.check(form, Set.of(MOTHER), ORGANISATIONS, TODAY, result(form))).isPresent();
	}

	@Test
	void missingChoicesAreRefusedByTheirFieldsNotWithAnError() {
		var form = new ConsentForm();
		var result = result(form);
		assertThat(ConsentFormCheck.check(form, Set.of(MOTHER), ORGANISATIONS, TODAY, result)).isEmpty();
		assertThat(codes(result, "giverId")).containsExactly("consent.giverId.required", "input.required");
		assertThat(codes(result, "method")).containsExactly("consent.method.required", "input.required");
		assertThat(codes(result, "givenOn")).containsExactly("consent.givenOn.required", "input.required");
		assertThat(codes(result, "purpose")).containsExactly("consent.purpose.required", "input.required");
		assertThat(code(result, "kinds")).isEqualTo("consent.kinds.required");
		assertThat(code(result, "recipients")).isEqualTo("consent.recipients.required");
		assertThat(result.hasFieldErrors("witness")).isFalse();
	}

	@Test
	void theRulesOfConsentAreRefusedByTheirFields() {
		var form = consent();
		form.setWitness(" ");
		form.setGivenOn(DateParts.of(TODAY.plusDays(1)));
		form.setReviewOn(DateParts.of(TODAY));
		form.setGiverId(UUID.randomUUID().toString());
		form.setKinds(List.of("IDENTITY", "EVERYTHING"));
		form.setRecipients(List.of("organisation:" + UUID.randomUUID()));
		form.setPurpose("x".repeat(ConsentFormCheck.PURPOSE_MAX + 1));
		var result = result(form);
		assertThat(ConsentFormCheck.check(form, Set.of(MOTHER), ORGANISATIONS, TODAY, result)).isEmpty();
		assertThat(code(result, "witness")).isEqualTo("consent.witness.required");
		assertThat(code(result, "givenOn")).isEqualTo("consent.givenOn.future");
		assertThat(code(result, "reviewOn")).isEqualTo("consent.reviewOn.beforeGiven");
		assertThat(codes(result, "giverId")).contains("consent.giverId.unknownChoice");
		assertThat(codes(result, "kinds")).contains("consent.kinds.unknownChoice");
		assertThat(code(result, "recipients")).isEqualTo("consent.recipients.unknownChoice");
		assertThat(codes(result, "purpose")).contains("input.tooLong");
		assertThat(result.getFieldError("purpose").getArguments()).containsExactly(ConsentFormCheck.PURPOSE_MAX);

		form = consent();
		var parts = new DateParts();
		parts.setDay("30");
		parts.setMonth("2");
		parts.setYear("2026");
		form.setGivenOn(parts);
		form.setRecipients(List.of("type:NOT_A_TYPE"));
		result = result(form);
		ConsentFormCheck.check(form, Set.of(MOTHER), ORGANISATIONS, TODAY, result);
		assertThat(codes(result, "givenOn")).contains("input.date");
		assertThat(code(result, "recipients")).isEqualTo("consent.recipients.unknownChoice");
	}

	@Test
	void aNulCharacterInAnyConsentTextIsRefusedByItsField() {
		var form = consent();
		form.setWitness(NUL);
		form.setPurpose(NUL);
		form.setKinds(List.of("IDENTITY\u0000"));
		form.setRecipients(List.of("type:SCHOOL\u0000"));
		var result = result(form);
		assertThat(ConsentFormCheck.check(form, Set.of(MOTHER), ORGANISATIONS, TODAY, result)).isEmpty();
		assertThat(codes(result, "witness")).contains("input.controlCharacters");
		assertThat(codes(result, "purpose")).contains("input.controlCharacters");
		assertThat(codes(result, "kinds")).contains("input.unknownChoice");
		assertThat(code(result, "recipients")).isEqualTo("consent.recipients.unknownChoice");
	}

	@Test
	void thePrintedFormTakesWhatIsRightAndLeavesTheRestBlank() {
		var form = consent();
		form.setPurpose(null);
		var result = result(form);
		var scope = ConsentFormCheck.scope(form, ORGANISATIONS, result);
		assertThat(scope.purpose()).isNull();
		assertThat(scope.kinds()).containsExactlyInAnyOrder(InformationKind.IDENTITY, InformationKind.CHILDREN);
		assertThat(scope.organisations()).containsExactlyInAnyOrder(SCHOOL, SOCIAL_CARE);
		assertThat(scope.types()).containsExactly(OrganisationType.SCHOOL);
		assertThat(result.hasFieldErrors("purpose")).isTrue();
	}

	@Test
	void aWithdrawalSaysHowAndNotTooLong() {
		var form = new WithdrawalForm();
		var result = result(form);
		assertThat(ConsentFormCheck.withdrawalNote(form, result)).isNull();
		assertThat(codes(result, "note")).containsExactly("consent.withdrawal.note.required", "input.required");
		form.setNote(NUL);
		result = result(form);
		ConsentFormCheck.withdrawalNote(form, result);
		assertThat(codes(result, "note")).contains("input.controlCharacters");
		form.setNote("x".repeat(ConsentFormCheck.NOTE_MAX + 1));
		result = result(form);
		ConsentFormCheck.withdrawalNote(form, result);
		assertThat(codes(result, "note")).contains("input.tooLong");
		form.setNote(" Phoned to withdraw ");
		assertThat(ConsentFormCheck.withdrawalNote(form, result(form))).isEqualTo("Phoned to withdraw");
	}

	// Sharing without consent

	@Test
	void aRequestNamesItsFamilyTheReasonAndTheOrganisations() {
		var family = UUID.randomUUID();
		var form = request();
		var result = result(form);
		assertThat(SafeguardingFormCheck.family(form,
				reference -> SafeguardingRequests.Lookup.of(reference.equals("fm-000123") ? family : null), result))
			.isEqualTo(family);
		var request = SafeguardingFormCheck.request(form, Set.of(SOCIAL_CARE, SCHOOL), result).orElseThrow();
		assertThat(request.reason()).isEqualTo("Jayden told his teacher he is scared to go home");
		assertThat(request.organisations()).containsExactly(SOCIAL_CARE);
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void aRequestsMistakesAreRefusedByTheirFields() {
		var form = new SafeguardingRequestForm();
		var result = result(form);
		assertThat(SafeguardingFormCheck.family(form, reference -> SafeguardingRequests.Lookup.of(null), result))
			.isNull();
		assertThat(SafeguardingFormCheck.request(form, Set.of(SOCIAL_CARE), result)).isEmpty();
		assertThat(codes(result, "familyReference")).containsExactly("safeguarding.familyReference.required",
				"input.required");
		assertThat(codes(result, "reason")).containsExactly("safeguarding.reason.required", "input.required");
		assertThat(code(result, "organisationIds")).isEqualTo("safeguarding.organisationIds.required");

		form = request();
		form.setFamilyReference("FM-NOPE");
		form.setReason(NUL);
		form.setOrganisationIds(List.of(UUID.randomUUID().toString()));
		result = result(form);
		assertThat(SafeguardingFormCheck.family(form, reference -> SafeguardingRequests.Lookup.of(null), result))
			.isNull();
		assertThat(SafeguardingFormCheck.request(form, Set.of(SOCIAL_CARE), result)).isEmpty();
		assertThat(code(result, "familyReference")).isEqualTo("safeguarding.familyReference.unknown");
		assertThat(codes(result, "reason")).contains("input.controlCharacters");
		assertThat(code(result, "organisationIds")).isEqualTo("safeguarding.organisationIds.unknownChoice");

		form.setFamilyReference("FM-\u0000");
		form.setOrganisationIds(List.of("not-an-id"));
		result = result(form);
		SafeguardingFormCheck.family(form, reference -> SafeguardingRequests.Lookup.of(UUID.randomUUID()), result);
		SafeguardingFormCheck.request(form, Set.of(SOCIAL_CARE), result);
		assertThat(codes(result, "familyReference")).contains("input.controlCharacters");
		assertThat(codes(result, "organisationIds")).contains("safeguarding.organisationIds.unknownChoice");
	}

	@Test
	void aUserWhoHasLookedUpTooManyReferencesIsToldHowLongToWait() {
		var form = request();
		var result = result(form);
		assertThat(SafeguardingFormCheck.family(form,
				reference -> new SafeguardingRequests.Lookup(null, Duration.ofSeconds(61), 20, Duration.ofHours(1)),
				result))
			.isNull();
		var error = result.getFieldError("familyReference");
		assertThat(error.getCodes()).contains("safeguarding.familyReference.limit");
		assertThat(error.getArguments()).containsExactly(20, 60L, 2L);
	}

	@Test
	void aLeadApprovesUntilADayNotPastOrRefusesAlwaysWithAReason() {
		var form = new SafeguardingDecisionForm();
		form.setDecision("approve");
		form.setReason(" Risk of harm at home ");
		form.setEndsOn(DateParts.of(TODAY));
		var decision = SafeguardingFormCheck.decision(form, TODAY, LATEST, result(form)).orElseThrow();
		assertThat(decision.approve()).isTrue();
		assertThat(decision.reason()).isEqualTo("Risk of harm at home");
		assertThat(decision.endsOn()).isEqualTo(TODAY);

		form.setDecision("refuse");
		form.setEndsOn(new DateParts());
		decision = SafeguardingFormCheck.decision(form, TODAY, LATEST, result(form)).orElseThrow();
		assertThat(decision.approve()).isFalse();
		assertThat(decision.endsOn()).isNull();
	}

	@Test
	void aDecisionsMistakesAreRefusedByTheirFields() {
		var form = new SafeguardingDecisionForm();
		var result = result(form);
		assertThat(SafeguardingFormCheck.decision(form, TODAY, LATEST, result)).isEmpty();
		assertThat(codes(result, "decision")).containsExactly("safeguarding.decision.required", "input.required");
		assertThat(code(result, "reason")).isEqualTo("safeguarding.decisionReason.required");

		form.setDecision("approve");
		form.setReason(NUL);
		result = result(form);
		assertThat(SafeguardingFormCheck.decision(form, TODAY, LATEST, result)).isEmpty();
		assertThat(codes(result, "reason")).contains("input.controlCharacters");
		assertThat(codes(result, "endsOn")).containsExactly("safeguarding.endsOn.required", "input.required");

		form.setReason("Changed my mind");
		form.setEndsOn(DateParts.of(TODAY.minusDays(1)));
		result = result(form);
		SafeguardingFormCheck.decision(form, TODAY, LATEST, result);
		assertThat(code(result, "endsOn")).isEqualTo("safeguarding.endsOn.past");

		form.setEndsOn(DateParts.of(LATEST.plusDays(1)));
		result = result(form);
		SafeguardingFormCheck.decision(form, TODAY, LATEST, result);
		assertThat(code(result, "endsOn")).as("further away than an approval may last")
			.isEqualTo("safeguarding.endsOn.tooFar");

		form.setDecision("refuse");
		result = result(form);
		assertThat(SafeguardingFormCheck.decision(form, TODAY, LATEST, result)).as("a refusal has no end date")
			.isPresent();

		form.setDecision("perhaps");
		result = result(form);
		SafeguardingFormCheck.decision(form, TODAY, LATEST, result);
		assertThat(codes(result, "decision")).contains("safeguarding.decision.unknownChoice");
	}

	@Test
	void aLeadsListIsFilteredOnlyByWhatTheyMayChoose() {
		var form = new SafeguardingController.QueueForm();
		var own = UUID.randomUUID();
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(SafeguardingFormCheck.queue(form, Set.of(own), result))
			.isEqualTo(new SafeguardingRequests.QueueFilter(SafeguardingRequests.Show.WAITING, null));
		form.setShow("Approved");
		form.setLocality(own.toString());
		assertThat(SafeguardingFormCheck.queue(form, Set.of(own), result))
			.isEqualTo(new SafeguardingRequests.QueueFilter(SafeguardingRequests.Show.APPROVED, own));
		assertThat(result.hasErrors()).isFalse();

		form.setShow("everything%00");
		form.setLocality(UUID.randomUUID().toString());
		SafeguardingFormCheck.queue(form, Set.of(own), result);
		assertThat(result.getFieldError("show").getCodes()).contains("input.unknownChoice");
		assertThat(result.getFieldError("locality").getCode()).isEqualTo("safeguarding.queue.locality.notYours");

		form.setShow(null);
		form.setLocality("\u0000");
		result = new BeanPropertyBindingResult(form, "form");
		SafeguardingFormCheck.queue(form, Set.of(own), result);
		assertThat(result.getFieldError("locality").getCodes()).as("refused by its field, never a server error")
			.contains("input.unknownChoice");
	}

	private static ConsentForm consent() {
		var form = new ConsentForm();
		form.setGiverId(MOTHER.toString());
		form.setMethod("VERBAL_WITNESSED");
		form.setWitness(" Sam, support worker ");
		form.setGivenOn(DateParts.of(TODAY));
		form.setPurpose("Help for Jayden at school");
		form.setKinds(List.of("IDENTITY", "CHILDREN", "IDENTITY"));
		form.setRecipients(List.of("organisation:" + SCHOOL, "organisation:" + SOCIAL_CARE, "type:SCHOOL"));
		form.setReviewOn(DateParts.of(TODAY.plusYears(1)));
		return form;
	}

	private static SafeguardingRequestForm request() {
		var form = new SafeguardingRequestForm();
		form.setFamilyReference(" fm-000123 ");
		form.setReason("Jayden told his teacher he is scared to go home");
		form.setOrganisationIds(List.of(SOCIAL_CARE.toString(), SOCIAL_CARE.toString()));
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

	/** The code of a problem the form found itself. */
	private static String code(BindingResult result, String field) {
		var error = result.getFieldError(field);
		assertThat(error).as("a problem on " + field).isNotNull();
		return error.getCode();
	}

}
