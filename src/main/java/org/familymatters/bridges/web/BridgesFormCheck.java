package org.familymatters.bridges.web;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.bridges.internal.Accommodation;
import org.familymatters.bridges.internal.BridgesReferrals;
import org.familymatters.bridges.internal.CheckDecision;
import org.familymatters.bridges.internal.CheckRule;
import org.familymatters.bridges.internal.FamilyAnswer;
import org.familymatters.bridges.internal.FollowUpOutcome;
import org.familymatters.bridges.internal.HomeDecision;
import org.familymatters.bridges.internal.ReleaseRule;
import org.familymatters.bridges.internal.SafeguardingChecks;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.FormCheck;

import org.springframework.validation.BindingResult;

/**
 * The Building Bridges forms' checks, pure (unit-tested without Spring): each turns a
 * form into what the service saves, or puts each problem on its field (messages
 * {@code bridges.<form>.<field>.<problem>}) and answers empty. Rules of the service: a
 * family home is agreed only after an approved safeguarding check and the family's yes; a
 * release is not dated before the sentence (or remand) date nor in the future; an outcome
 * after release is not dated before the release nor in the future.
 */
final class BridgesFormCheck {

	/** The longest text of a free-text field. */
	static final int TEXT_MAX = 4000;

	/** The longest name of a council. */
	static final int COUNCIL_MAX = 200;

	private BridgesFormCheck() {
	}

	static Optional<UUID> refer(ReferForm form, BindingResult result, Collection<UUID> episodes) {
		var check = FormCheck.of(result, "bridges.refer");
		var episode = check.requiredChoice("episode", form.getEpisode(),
				raw -> Input.identifier(raw).toOptional().filter(episodes::contains));
		return check.failed() ? Optional.empty() : Optional.of(episode);
	}

	static Optional<Answer> answer(AnswerForm form, BindingResult result) {
		var check = FormCheck.of(result, "bridges.answer");
		var answer = check.requiredChoice("answer", form.getAnswer(), FamilyAnswer.class);
		var says = check.text("says", form.getSays(), TEXT_MAX);
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(new Answer(answer, says, form.getVersion()));
	}

	static Optional<String> checkRequest(CheckRequestForm form, BindingResult result) {
		var check = FormCheck.of(result, "bridges.check");
		var note = check.requiredText("note", form.getNote(), TEXT_MAX);
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(note);
	}

	/**
	 * The family home's decision; agreed only when {@code whyNotAgreed} is empty.
	 */
	static Optional<Home> home(HomeForm form, BindingResult result, Optional<CheckRule.NotYet> whyNotAgreed) {
		var check = FormCheck.of(result, "bridges.home");
		var decision = check.requiredChoice("decision", form.getDecision(), HomeDecision.class);
		if (decision == HomeDecision.AGREED && whyNotAgreed.isPresent()) {
			check.reject("decision", notYet(whyNotAgreed.get()));
		}
		var reason = check.requiredText("reason", form.getReason(), TEXT_MAX);
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(new Home(decision, reason, form.getVersion()));
	}

	static Optional<BridgesReferrals.Housing> council(CouncilForm form, BindingResult result, LocalDate today) {
		var check = FormCheck.of(result, "bridges.council");
		var council = check.requiredText("council", form.getCouncil(), COUNCIL_MAX);
		var referredOn = check.requiredDate("referredOn", form.getReferredOn());
		if (referredOn != null && referredOn.isAfter(today)) {
			check.reject("referredOn", "inFuture");
		}
		var answer = check.text("answer", form.getAnswer(), TEXT_MAX);
		var answeredOn = check.date("answeredOn", form.getAnsweredOn());
		if (answer != null && answeredOn == null && !check.failed("answeredOn")) {
			check.reject("answeredOn", "required");
		}
		if (answer == null && answeredOn != null && !check.failed("answer")) {
			check.reject("answer", "required");
		}
		if (answeredOn != null && answeredOn.isAfter(today)) {
			check.reject("answeredOn", "inFuture");
		}
		if (answeredOn != null && referredOn != null && answeredOn.isBefore(referredOn)) {
			check.reject("answeredOn", "beforeReferral");
		}
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty()
				: Optional.of(new BridgesReferrals.Housing(council, referredOn, answer, answeredOn));
	}

	/**
	 * Release day, not before the sentence date (nor the remand date) of the custody
	 * episode and not in the future.
	 */
	static Optional<Release> release(ReleaseForm form, BindingResult result, LocalDate sentencedOn,
			LocalDate remandedOn, LocalDate today) {
		var check = FormCheck.of(result, "bridges.release");
		var accommodation = check.requiredChoice("accommodation", form.getAccommodation(), Accommodation.class);
		var releasedOn = check.requiredDate("releasedOn", form.getReleasedOn());
		if (releasedOn != null) {
			ReleaseRule.release(releasedOn, sentencedOn, remandedOn, today)
				.ifPresent(problem -> check.reject("releasedOn", problem.code()));
		}
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty()
				: Optional.of(new Release(accommodation, releasedOn, form.getVersion()));
	}

	/** An outcome after release, not dated before it nor in the future. */
	static Optional<Outcome> followUp(FollowUpForm form, BindingResult result, LocalDate releasedOn, LocalDate today) {
		var check = FormCheck.of(result, "bridges.followUp");
		var outcome = check.requiredChoice("outcome", form.getOutcome(), FollowUpOutcome.class);
		var knownOn = check.requiredDate("knownOn", form.getKnownOn());
		if (knownOn != null) {
			ReleaseRule.followUp(knownOn, releasedOn, today)
				.ifPresent(problem -> check.reject("knownOn", problem.code()));
		}
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty() : Optional.of(new Outcome(outcome, knownOn, form.getVersion()));
	}

	static Optional<SafeguardingChecks.Decision> decision(DecisionForm form, BindingResult result) {
		var check = FormCheck.of(result, "bridges.decision");
		var abuse = check.requiredText("domesticAbuse", form.getDomesticAbuse(), TEXT_MAX);
		var risk = check.requiredText("riskToChildren", form.getRiskToChildren(), TEXT_MAX);
		var licence = check.requiredText("licenceConditions", form.getLicenceConditions(), TEXT_MAX);
		var decision = check.requiredChoice("decision", form.getDecision(), CheckDecision.class);
		var reason = check.requiredText("reason", form.getReason(), TEXT_MAX);
		versionGiven(form.getVersion(), check);
		return check.failed() ? Optional.empty()
				: Optional.of(new SafeguardingChecks.Decision(decision, abuse, risk, licence, reason));
	}

	static Optional<Pair> pilot(PilotForm form, BindingResult result, Collection<String> counties,
			Map<UUID, String> prisons) {
		var check = FormCheck.of(result, "bridges.pilot");
		var county = check.requiredChoice("county", form.getCounty(),
				raw -> counties.stream().filter(c -> c.equals(raw)).findFirst());
		var prison = check.requiredChoice("prison", form.getPrison(),
				raw -> Input.identifier(raw).toOptional().filter(prisons::containsKey));
		return check.failed() ? Optional.empty() : Optional.of(new Pair(county, prison));
	}

	/**
	 * The message code under the decision field for why the home cannot be agreed yet.
	 */
	static String notYet(CheckRule.NotYet why) {
		return switch (why) {
			case NO_CHECK -> "noCheck";
			case CHECK_WAITING -> "checkWaiting";
			case CHECK_REFUSED -> "checkRefused";
			case FAMILY_NOT_AGREED -> "familyNotAgreed";
		};
	}

	/** A form that changes a record must say which version of it was shown. */
	static void versionGiven(Long version, FormCheck check) {
		if (version == null && !check.failed()) {
			check.rejectForm("record.changedElsewhere");
		}
	}

	record Answer(FamilyAnswer answer, String says, long version) {
	}

	record Home(HomeDecision decision, String reason, long version) {
	}

	record Release(Accommodation accommodation, LocalDate releasedOn, long version) {
	}

	record Outcome(FollowUpOutcome outcome, LocalDate knownOn, long version) {
	}

	record Pair(String county, UUID prison) {
	}

}
