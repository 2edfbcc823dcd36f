package org.familymatters.bridges.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.bridges.internal.Accommodation;
import org.familymatters.bridges.internal.CheckRule;
import org.familymatters.bridges.internal.FollowUpOutcome;
import org.familymatters.bridges.internal.HomeDecision;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Building Bridges forms' checks, without Spring: a release before the sentence date,
 * an outcome before release, a family home agreed without an approved check, each refused
 * by its field with nothing let through.
 */
class BridgesFormCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

	static final LocalDate SENTENCED = LocalDate.of(2025, 6, 2);

	private static BindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private static String code(BindingResult result, String field) {
		var error = result.getFieldError(field);
		if (error == null) {
			return null;
		}
		// A rule of the service is put on the field as its own code (the last one Spring
		// resolves); a problem of the input rules carries the form's code first.
		var codes = error.getCodes();
		return codes[0].contains(".form.") ? codes[codes.length - 1] : codes[0];
	}

	private static ReleaseForm release(String accommodation, LocalDate day) {
		var form = new ReleaseForm();
		form.setAccommodation(accommodation);
		form.setReleasedOn((day != null) ? DateParts.of(day) : new DateParts());
		form.setVersion(3L);
		return form;
	}

	@Test
	void aReleaseIsNotBeforeTheSentenceDateNorInTheFuture() {
		var before = release("FAMILY_HOME", SENTENCED.minusDays(1));
		var result = result(before);
		assertThat(BridgesFormCheck.release(before, result, SENTENCED, null, TODAY)).isEmpty();
		assertThat(code(result, "releasedOn")).isEqualTo("bridges.release.releasedOn.beforeSentence");

		var remand = release("FAMILY_HOME", LocalDate.of(2025, 1, 1));
		result = result(remand);
		assertThat(BridgesFormCheck.release(remand, result, null, LocalDate.of(2025, 2, 1), TODAY)).isEmpty();
		assertThat(code(result, "releasedOn")).isEqualTo("bridges.release.releasedOn.beforeRemand");

		var future = release("FAMILY_HOME", TODAY.plusDays(1));
		result = result(future);
		assertThat(BridgesFormCheck.release(future, result, SENTENCED, null, TODAY)).isEmpty();
		assertThat(code(result, "releasedOn")).isEqualTo("bridges.release.releasedOn.inFuture");

		var missing = release(null, null);
		result = result(missing);
		assertThat(BridgesFormCheck.release(missing, result, SENTENCED, null, TODAY)).isEmpty();
		assertThat(code(result, "accommodation")).isEqualTo("bridges.release.accommodation.required");
		assertThat(code(result, "releasedOn")).isEqualTo("bridges.release.releasedOn.required");

		var onTheDay = release("family_home", SENTENCED);
		var released = BridgesFormCheck.release(onTheDay, result(onTheDay), SENTENCED, null, TODAY);
		assertThat(released).contains(new BridgesFormCheck.Release(Accommodation.FAMILY_HOME, SENTENCED, 3));
	}

	@Test
	void anOutcomeAfterReleaseIsNotDatedBeforeItNorBeforeReleaseIsRecorded() {
		var released = LocalDate.of(2026, 3, 1);
		var form = new FollowUpForm();
		form.setOutcome("SETTLED_WITH_FAMILY");
		form.setKnownOn(DateParts.of(released.minusDays(1)));
		form.setVersion(4L);
		var result = result(form);
		assertThat(BridgesFormCheck.followUp(form, result, released, TODAY)).isEmpty();
		assertThat(code(result, "knownOn")).isEqualTo("bridges.followUp.knownOn.beforeRelease");

		result = result(form);
		assertThat(BridgesFormCheck.followUp(form, result, null, TODAY)).isEmpty();
		assertThat(code(result, "knownOn")).isEqualTo("bridges.followUp.knownOn.notReleased");

		form.setKnownOn(DateParts.of(TODAY.plusDays(1)));
		result = result(form);
		assertThat(BridgesFormCheck.followUp(form, result, released, TODAY)).isEmpty();
		assertThat(code(result, "knownOn")).isEqualTo("bridges.followUp.knownOn.inFuture");

		form.setKnownOn(DateParts.of(released));
		form.setOutcome("sideways");
		result = result(form);
		assertThat(BridgesFormCheck.followUp(form, result, released, TODAY)).isEmpty();
		assertThat(result.getFieldError("outcome")).isNotNull();

		form.setOutcome("recalled");
		assertThat(BridgesFormCheck.followUp(form, result(form), released, TODAY))
			.contains(new BridgesFormCheck.Outcome(FollowUpOutcome.RECALLED, released, 4));
	}

	@Test
	void aFamilyHomeIsNotAgreedWithoutAnApprovedCheckButMayBeFoundNotSuitable() {
		var form = new HomeForm();
		form.setDecision("AGREED");
		form.setReason("The family wants him home");
		form.setVersion(1L);
		var result = result(form);
		assertThat(BridgesFormCheck.home(form, result, Optional.of(CheckRule.NotYet.NO_CHECK))).isEmpty();
		assertThat(code(result, "decision")).isEqualTo("bridges.home.decision.noCheck");
		result = result(form);
		assertThat(BridgesFormCheck.home(form, result, Optional.of(CheckRule.NotYet.CHECK_WAITING))).isEmpty();
		assertThat(code(result, "decision")).isEqualTo("bridges.home.decision.checkWaiting");
		assertThat(BridgesFormCheck.home(form, result(form), Optional.empty()))
			.contains(new BridgesFormCheck.Home(HomeDecision.AGREED, "The family wants him home", 1));

		form.setDecision("NOT_SUITABLE");
		assertThat(BridgesFormCheck.home(form, result(form), Optional.of(CheckRule.NotYet.CHECK_REFUSED))).isPresent();
	}

	@Test
	void textWithAControlCharacterOrTooLongIsRefusedAndAFormWithoutItsVersionIsStale() {
		var form = new DecisionForm();
		form.setDomesticAbuse("None\u0000");
		form.setRiskToChildren("x ".repeat(10_000));
		form.setLicenceConditions("None");
		form.setDecision("APPROVED");
		form.setReason("Safe");
		form.setVersion(0L);
		var result = result(form);
		assertThat(BridgesFormCheck.decision(form, result)).isEmpty();
		assertThat(code(result, "domesticAbuse")).endsWith("controlCharacters");
		assertThat(code(result, "riskToChildren")).endsWith("tooLong");

		var answer = new AnswerForm();
		answer.setAnswer("YES");
		result = result(answer);
		assertThat(BridgesFormCheck.answer(answer, result)).isEmpty();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
	}

	@Test
	void theCouncilsAnswerComesWithItsDateNotBeforeTheReferral() {
		var form = new CouncilForm();
		form.setCouncil("The district council (test)");
		form.setReferredOn(DateParts.of(LocalDate.of(2026, 4, 1)));
		form.setAnswer("Accepted the prevention duty");
		form.setVersion(2L);
		var result = result(form);
		assertThat(BridgesFormCheck.council(form, result, TODAY)).isEmpty();
		assertThat(code(result, "answeredOn")).isEqualTo("bridges.council.answeredOn.required");

		form.setAnsweredOn(DateParts.of(LocalDate.of(2026, 3, 31)));
		result = result(form);
		assertThat(BridgesFormCheck.council(form, result, TODAY)).isEmpty();
		assertThat(code(result, "answeredOn")).isEqualTo("bridges.council.answeredOn.beforeReferral");

		form.setAnsweredOn(DateParts.of(LocalDate.of(2026, 4, 20)));
		assertThat(BridgesFormCheck.council(form, result(form), TODAY)).isPresent();
	}

	@Test
	void aPilotPairIsACountyAndAPrisonOnRecord() {
		var prison = UUID.randomUUID();
		var form = new PilotForm();
		form.setCounty("Atlantis");
		form.setPrison(UUID.randomUUID().toString());
		var result = result(form);
		assertThat(BridgesFormCheck.pilot(form, result, List.of("Oxfordshire"), Map.of(prison, "HMP Test"))).isEmpty();
		assertThat(code(result, "county")).isEqualTo("bridges.pilot.county.unknownChoice");
		assertThat(code(result, "prison")).isEqualTo("bridges.pilot.prison.unknownChoice");
		form.setCounty("Oxfordshire");
		form.setPrison(prison.toString());
		assertThat(BridgesFormCheck.pilot(form, result(form), List.of("Oxfordshire"), Map.of(prison, "HMP Test")))
			.contains(new BridgesFormCheck.Pair("Oxfordshire", prison));
	}

}
