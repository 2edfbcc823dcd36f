package org.familymatters.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.plan.internal.ActionStatus;
import org.familymatters.plan.internal.HeadlineOutcome;
import org.familymatters.plan.internal.NeedArea;
import org.familymatters.plan.internal.Score;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan forms' checks, without Spring: each mistake on its field, nothing let through.
 */
class PlanFormCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 5, 12);

	static final LocalDate STARTED = LocalDate.of(2026, 3, 1);

	static final NeedArea MONEY = area("money-and-debt", 1);

	static final NeedArea HOUSING = area("housing", 2);

	static final UUID PERSON = UUID.randomUUID();

	static final UUID GOAL = UUID.randomUUID();

	static final UUID ORGANISATION = UUID.randomUUID();

	static final UUID OTHER_ORGANISATION = UUID.randomUUID();

	static final UUID OWNER = UUID.randomUUID();

	private static NeedArea area(String code, int position) {
		return new NeedArea(UUID.randomUUID(), code, code, "", HeadlineOutcome.HEALTH, false, null, position, true, 0);
	}

	private static AssessmentForm assessment(String money, String housing) {
		var form = new AssessmentForm();
		form.setAssessedOn(DateParts.of(TODAY));
		var first = new AreaAnswer();
		first.setNeedAreaId(MONEY.id().toString());
		first.setScore(money);
		var second = new AreaAnswer();
		second.setNeedAreaId(HOUSING.id().toString());
		second.setScore(housing);
		form.setAreas(List.of(first, second));
		return form;
	}

	private static BeanPropertyBindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	private static Object check(AssessmentForm form, BeanPropertyBindingResult result) {
		return PlanFormCheck.assessment(form, List.of(MONEY, HOUSING), Set.of(PERSON), Set.of(), STARTED, TODAY, result)
			.orElse(null);
	}

	@Test
	void anAssessmentWithOneAreaScoredAndOneLeftOutIsTaken() {
		var form = assessment("2", "none");
		form.getAreas().get(0).setNote("Behind on rent");
		form.setPersonId(PERSON.toString());
		var result = result(form);
		var taken = PlanFormCheck
			.assessment(form, List.of(MONEY, HOUSING), Set.of(PERSON), Set.of(), STARTED, TODAY, result)
			.orElseThrow();
		assertThat(result.hasErrors()).isFalse();
		assertThat(taken.personId()).isEqualTo(PERSON);
		assertThat(taken.scores()).singleElement().satisfies(score -> {
			assertThat(score.score()).isEqualTo(Score.STRUGGLING);
			assertThat(score.note()).isEqualTo("Behind on rent");
		});
	}

	@Test
	void aScoreOffTheScaleIsRefusedByItsField() {
		for (var score : List.of("7", "abc", "0", "-1", "2.5", "Sam\u0000")) {
			var result = result(assessment(score, "none"));
			assertThat(check(assessment(score, "none"), result)).isNull();
			assertThat(result.hasFieldErrors("areas[0].score")).as(score).isTrue();
		}
	}

	@Test
	void nothingScoredIsRefused() {
		var result = result(assessment("none", ""));
		assertThat(check(assessment("none", ""), result)).isNull();
		assertThat(result.getGlobalErrors()).singleElement()
			.satisfies(error -> assertThat(error.getCode()).isEqualTo("plan.assessment.noScore"));
	}

	@Test
	void aPersonNotInTheFamilyOrADateInTheFutureOrBeforeTheFamilyIsRefused() {
		var form = assessment("3", "none");
		form.setPersonId(UUID.randomUUID().toString());
		form.setAssessedOn(DateParts.of(TODAY.plusDays(1)));
		var result = result(form);
		assertThat(check(form, result)).isNull();
		assertThat(result.hasFieldErrors("personId")).isTrue();
		assertThat(result.getFieldError("assessedOn").getCode()).isEqualTo("plan.assessment.assessedOn.future");
		form = assessment("3", "none");
		form.setAssessedOn(DateParts.of(STARTED.minusDays(1)));
		result = result(form);
		assertThat(check(form, result)).isNull();
		assertThat(result.getFieldError("assessedOn").getCode()).isEqualTo("plan.assessment.assessedOn.beforeFamily");
	}

	@Test
	void aLongNoteOrANulIsRefused() {
		var form = assessment("3", "none");
		form.getAreas().get(0).setNote("word ".repeat(10_000));
		form.getAreas().get(1).setFamilyView("Fine\u0000");
		var result = result(form);
		assertThat(check(form, result)).isNull();
		assertThat(result.hasFieldErrors("areas[0].note")).isTrue();
		assertThat(result.hasFieldErrors("areas[1].familyView")).isTrue();
	}

	private static ActionForm action() {
		var form = new ActionForm();
		form.setGoalId(GOAL.toString());
		form.setDescription("Book a benefits check");
		form.setOwnerOrganisationId(ORGANISATION.toString());
		form.setOwnerUserId(OWNER.toString());
		form.setDueOn(DateParts.of(STARTED.plusDays(30)));
		form.setStatus("not_started");
		form.setVersion(3L);
		return form;
	}

	private static Object check(ActionForm form, BeanPropertyBindingResult result) {
		return PlanFormCheck
			.action(form, Set.of(GOAL), Set.of(PERSON), Set.of(ORGANISATION, OTHER_ORGANISATION),
					Map.of(OWNER, ORGANISATION), STARTED, result)
			.orElse(null);
	}

	@Test
	void anActionIsTaken() {
		var result = result(action());
		assertThat(check(action(), result)).isNotNull();
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void anActionDueBeforeThePlanWithoutAnOwnerOrWithAnOwnerOfAnotherOrganisationIsRefused() {
		var form = action();
		form.setDueOn(DateParts.of(STARTED.minusDays(1)));
		var result = result(form);
		assertThat(check(form, result)).isNull();
		assertThat(result.getFieldError("dueOn").getCode()).isEqualTo("plan.action.dueOn.beforePlan");

		form = action();
		form.setOwnerOrganisationId("");
		form.setOwnerUserId(null);
		result = result(form);
		assertThat(check(form, result)).isNull();
		assertThat(result.getFieldError("ownerOrganisationId").getCodes())
			.contains("plan.action.ownerOrganisationId.required");

		form = action();
		form.setOwnerOrganisationId(OTHER_ORGANISATION.toString());
		result = result(form);
		assertThat(check(form, result)).isNull();
		assertThat(result.getFieldError("ownerUserId").getCode())
			.isEqualTo("plan.action.ownerUserId.notInOrganisation");
	}

	@Test
	void anActionThatCannotBeDoneNeedsAReason() {
		var form = action();
		form.setStatus(ActionStatus.CANNOT_BE_DONE.code());
		var result = result(form);
		assertThat(check(form, result)).isNull();
		assertThat(result.getFieldError("statusReason").getCode()).isEqualTo("plan.action.statusReason.required");
	}

	@Test
	void aFormWithoutTheVersionIsRefusedAsStale() {
		var form = action();
		form.setVersion(null);
		var result = result(form);
		assertThat(check(form, result)).isNull();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
	}

	@Test
	void aReviewInTheFutureOrWithTheNextOneNotAfterItIsRefused() {
		var form = new ReviewForm();
		form.setReviewedOn(DateParts.of(TODAY.plusDays(1)));
		form.setAttended("Nadia");
		form.setWhatChanged("Nothing");
		form.setVersion(1L);
		var result = result(form);
		assertThat(PlanFormCheck.review(form, STARTED, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("reviewedOn").getCode()).isEqualTo("plan.review.reviewedOn.future");

		form.setReviewedOn(DateParts.of(TODAY));
		form.setNextReviewOn(DateParts.of(TODAY));
		result = result(form);
		assertThat(PlanFormCheck.review(form, STARTED, TODAY, result)).isEmpty();
		assertThat(result.getFieldError("nextReviewOn").getCode()).isEqualTo("plan.review.nextReviewOn.notAfter");

		form.setNextReviewOn(new DateParts());
		result = result(form);
		assertThat(PlanFormCheck.review(form, STARTED, TODAY, result)).isPresent();
	}

}
