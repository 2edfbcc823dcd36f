package org.familymatters.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.familymatters.plan.internal.ActionStatus;
import org.familymatters.plan.internal.Assessment;
import org.familymatters.plan.internal.NeedArea;
import org.familymatters.plan.internal.Score;
import org.familymatters.plan.internal.SupportPlans;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * Checks what the plan's forms sent, field by field, with {@link FormCheck}: every
 * mistake on its field, nothing saved while any remains. Messages start {@code plan.};
 * pure, so unit-tested without Spring.
 */
final class PlanFormCheck {

	static final int NOTE_MAX = 2000;

	static final int GOAL_MAX = 500;

	static final int DESCRIPTION_MAX = 1000;

	static final int REASON_MAX = 1000;

	static final int ATTENDED_MAX = 500;

	static final int CHANGED_MAX = 4000;

	/** What the score radios send for an area not assessed this time. */
	static final String NOT_ASSESSED = "none";

	private PlanFormCheck() {
	}

	/**
	 * An assessment: of the family or one of {@code people}; dated from
	 * {@code familyStarted} to {@code today}; each active area scored on the scale or
	 * left out, at least one scored.
	 */
	static Optional<Assessment.New> assessment(AssessmentForm form, List<NeedArea> areas, Set<UUID> people,
			Set<UUID> referrals, LocalDate familyStarted, LocalDate today, BindingResult result) {
		var check = FormCheck.of(result, "plan.assessment");
		var person = check.choice("personId", form.getPersonId(), among(people));
		var assessedOn = check.requiredDate("assessedOn", form.getAssessedOn());
		if (assessedOn != null && assessedOn.isAfter(today)) {
			check.reject("assessedOn", "future");
		}
		else if (assessedOn != null && familyStarted != null && assessedOn.isBefore(familyStarted)) {
			check.reject("assessedOn", "beforeFamily");
		}
		var referral = check.choice("fromReferralId", form.getFromReferralId(), among(referrals));
		var scores = new ArrayList<Assessment.AreaScore>();
		var answers = form.getAreas();
		for (int i = 0; i < areas.size(); i++) {
			var area = areas.get(i);
			var answer = (answers != null && i < answers.size() && answers.get(i) != null) ? answers.get(i)
					: new AreaAnswer();
			var field = check.nested("areas[" + i + "]", "plan.area");
			if (answer.getNeedAreaId() != null && !answer.getNeedAreaId().equals(area.id().toString())) {
				field.reject("score", "moved");
				continue;
			}
			var note = field.text("note", answer.getNote(), NOTE_MAX);
			var view = field.text("familyView", answer.getFamilyView(), NOTE_MAX);
			var raw = Input.trimmed(answer.getScore());
			if (raw == null || raw.isEmpty() || NOT_ASSESSED.equals(raw)) {
				if (answer.getScore() != null && Input.hasControlCharacters(answer.getScore())) {
					field.reject("score", "input.controlCharacters");
				}
				continue;
			}
			var points = field.take("score", Input.wholeNumber(raw, 1, 5));
			if (points == null) {
				continue;
			}
			scores.add(new Assessment.AreaScore(area.id(), Score.of(points), note, view));
		}
		if (scores.isEmpty() && !check.failed()) {
			check.rejectForm("plan.assessment.noScore");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new Assessment.New(person, assessedOn, referral, List.copyOf(scores)));
	}

	/** Why the plan is closed. */
	static String closingReason(CloseForm form, FormCheck check) {
		return check.requiredText("reason", form.getReason(), REASON_MAX);
	}

	/** A goal, linked to one of the active need areas. */
	static Optional<Goal> goal(GoalForm form, Set<UUID> areas, BindingResult result) {
		var check = FormCheck.of(result, "plan.goal");
		var area = check.requiredChoice("needAreaId", form.getNeedAreaId(), among(areas));
		var text = check.requiredText("text", form.getText(), GOAL_MAX);
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(new Goal(area, text));
	}

	/**
	 * An action: of one of {@code goals}, about one of {@code people} or the family,
	 * owned by one of {@code organisations} and optionally a person in it
	 * ({@code organisationOf} says whose each person is), due not before the plan
	 * started, with a reason when it cannot be done.
	 */
	static Optional<SupportPlans.NewAction> action(ActionForm form, Set<UUID> goals, Set<UUID> people,
			Set<UUID> organisations, Map<UUID, UUID> organisationOf, LocalDate planStarted, BindingResult result) {
		var check = FormCheck.of(result, "plan.action");
		var goal = check.requiredChoice("goalId", form.getGoalId(), among(goals));
		var description = check.requiredText("description", form.getDescription(), DESCRIPTION_MAX);
		var person = check.choice("aboutPersonId", form.getAboutPersonId(), among(people));
		var organisation = check.requiredChoice("ownerOrganisationId", form.getOwnerOrganisationId(),
				among(organisations));
		var user = check.choice("ownerUserId", form.getOwnerUserId(), among(organisationOf.keySet()));
		if (user != null && organisation != null && !organisation.equals(organisationOf.get(user))) {
			check.reject("ownerUserId", "notInOrganisation");
		}
		var due = check.requiredDate("dueOn", form.getDueOn());
		if (due != null && planStarted != null && due.isBefore(planStarted)) {
			check.reject("dueOn", "beforePlan");
		}
		var status = check.requiredChoice("status", form.getStatus(), ActionStatus::ofCode);
		var reason = check.text("statusReason", form.getStatusReason(), REASON_MAX);
		if (status == ActionStatus.CANNOT_BE_DONE && reason == null) {
			check.reject("statusReason", "required");
		}
		versionGiven(form.getVersion(), check);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional
			.of(new SupportPlans.NewAction(goal, description, person, organisation, user, due, status, reason));
	}

	/**
	 * A review: dated from the plan's start to today, the next one after it (or none).
	 */
	static Optional<SupportPlans.NewReview> review(ReviewForm form, LocalDate planStarted, LocalDate today,
			BindingResult result) {
		var check = FormCheck.of(result, "plan.review");
		var reviewedOn = check.requiredDate("reviewedOn", form.getReviewedOn());
		if (reviewedOn != null && reviewedOn.isAfter(today)) {
			check.reject("reviewedOn", "future");
		}
		else if (reviewedOn != null && planStarted != null && reviewedOn.isBefore(planStarted)) {
			check.reject("reviewedOn", "beforePlan");
		}
		var attended = check.requiredText("attended", form.getAttended(), ATTENDED_MAX);
		var changed = check.requiredText("whatChanged", form.getWhatChanged(), CHANGED_MAX);
		var next = check.date("nextReviewOn", form.getNextReviewOn());
		if (next != null && reviewedOn != null && !next.isAfter(reviewedOn)) {
			check.reject("nextReviewOn", "notAfter");
		}
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty()
				: Optional.of(new SupportPlans.NewReview(reviewedOn, attended, changed, next));
	}

	/** A form that changes the plan must say which version of it was shown. */
	static void versionGiven(Long version, FormCheck check) {
		if (version == null && !check.failed()) {
			check.rejectForm("record.changedElsewhere");
		}
	}

	private static Function<String, Optional<UUID>> among(Set<UUID> ids) {
		return raw -> Input.identifier(raw).toOptional().filter(ids::contains);
	}

	/** A goal as added. */
	record Goal(UUID needAreaId, String text) {
	}

}
