package org.familymatters.release.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.release.internal.AdultAgreement;
import org.familymatters.release.internal.Arrangement;
import org.familymatters.release.internal.ChildrenLiving;
import org.familymatters.release.internal.Living;
import org.familymatters.shared.web.DateParts;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release plan's forms, without Spring: each mistake on its field, nothing let
 * through half-checked.
 */
class ReleaseFormCheckTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final LocalDate PLAN_STARTED = LocalDate.of(2026, 3, 1);

	static final UUID ADULT = UUID.randomUUID();

	static final UUID GOAL = UUID.randomUUID();

	static final UUID ORGANISATION = UUID.randomUUID();

	static final UUID OTHER_ORGANISATION = UUID.randomUUID();

	static final UUID OWNER = UUID.randomUUID();

	static final UUID PROBATION = UUID.randomUUID();

	private static BeanPropertyBindingResult result(Object form) {
		return new BeanPropertyBindingResult(form, "form");
	}

	/** The codes of the field's message, the most particular first; "" when none. */
	private static String code(BindingResult result, String field) {
		var error = result.getFieldError(field);
		return (error != null) ? String.join(" ", error.getCodes()) : "";
	}

	private static WhereForm where(String living) {
		var form = new WhereForm();
		form.setLiving(living);
		form.setVersion("3");
		return form;
	}

	@Test
	void theFamilyHomeNeedsToKnowWhetherTheChildrenLiveThere() {
		var form = where("family_home");
		var result = result(form);
		assertThat(ReleaseFormCheck.where(form, result)).isEmpty();
		assertThat(code(result, "childrenLiveThere")).contains("release.where.childrenLiveThere.required");

		form.setChildrenLiveThere("yes");
		form.setAddressLine1("Ignored for the family home");
		result = result(form);
		var where = ReleaseFormCheck.where(form, result).orElseThrow();
		assertThat(where.living()).isEqualTo(Living.FAMILY_HOME);
		assertThat(where.address()).isNull();
		assertThat(where.childrenLiveThere()).isEqualTo(ChildrenLiving.YES);
	}

	@Test
	void anotherAddressNeedsItsFirstLineAndAPostcode() {
		var form = where("other_address");
		form.setChildrenLiveThere("no");
		form.setPostcode("not a postcode");
		var result = result(form);
		assertThat(ReleaseFormCheck.where(form, result)).isEmpty();
		assertThat(code(result, "addressLine1")).contains("release.where.addressLine1.required");
		assertThat(result.getFieldError("postcode")).isNotNull();

		form.setAddressLine1("2 Example Close");
		form.setPostcode("ox16 5qb");
		var where = ReleaseFormCheck.where(form, result(form)).orElseThrow();
		assertThat(where.address().postcode()).isEqualTo("OX16 5QB");
	}

	@Test
	void approvedPremisesAskNothingMoreAndAStrangeChoiceIsRefused() {
		var where = ReleaseFormCheck.where(where("approved_premises"), result(where("approved_premises")))
			.orElseThrow();
		assertThat(where.childrenLiveThere()).isNull();
		var form = where("a tent");
		var result = result(form);
		assertThat(ReleaseFormCheck.where(form, result)).isEmpty();
		assertThat(result.getFieldError("living")).isNotNull();
		var none = where(null);
		result = result(none);
		assertThat(ReleaseFormCheck.where(none, result)).isEmpty();
		assertThat(code(result, "living")).contains("release.where.living.required");
	}

	@Test
	void aVersionThatIsNotOneIsRefusedAsChangedElsewhere() {
		var form = where("no_fixed_abode");
		form.setVersion("not-a-number");
		var result = result(form);
		assertThat(ReleaseFormCheck.where(form, result)).isEmpty();
		assertThat(result.getGlobalError().getCode()).isEqualTo("record.changedElsewhere");
	}

	@Test
	void eachAdultsAnswerIsCheckedAndOnlyTheFamilysAdultsAnswer() {
		var form = new FamilyViewForm();
		form.setVersion("0");
		form.setFamilyView("We want him home, but not straight away");
		var answer = new AgreementAnswer();
		answer.setPersonId(ADULT.toString());
		form.getAgreements().add(answer);
		var stranger = new AgreementAnswer();
		stranger.setPersonId(UUID.randomUUID().toString());
		stranger.setAnswer("agrees");
		form.getAgreements().add(stranger);
		var result = result(form);
		assertThat(ReleaseFormCheck.familyView(form, Set.of(ADULT), result)).isEmpty();
		assertThat(code(result, "agreements[0].answer")).contains("release.agreement.answer.required");
		assertThat(code(result, "agreements[1].personId")).contains("release.agreement.personId.unknownChoice");

		form.getAgreements().remove(1);
		answer.setAnswer("does_not_agree");
		answer.setNote("Worried about the children");
		var view = ReleaseFormCheck.familyView(form, Set.of(ADULT), result(form)).orElseThrow();
		assertThat(view.agreements()).singleElement()
			.satisfies(a -> assertThat(a.answer()).isEqualTo(AdultAgreement.DOES_NOT_AGREE));
	}

	@Test
	void tenThousandWordsOfTheFamilysViewAreRefusedByTheField() {
		var form = new FamilyViewForm();
		form.setVersion("0");
		form.setFamilyView("word ".repeat(10_000));
		var result = result(form);
		assertThat(ReleaseFormCheck.familyView(form, Set.of(), result)).isEmpty();
		assertThat(result.getFieldError("familyView")).isNotNull();
	}

	@Test
	void probationNeedsTheServiceOrThePractitionerAndHowToReachThem() {
		var form = new ProbationForm();
		form.setVersion("1");
		var result = result(form);
		assertThat(ReleaseFormCheck.probation(form, Map.of(PROBATION, "Probation (test)"), result)).isEmpty();
		assertThat(code(result, "probationOrganisationId"))
			.contains("release.probation.probationOrganisationId.required");

		form.setPractitioner("A. Practitioner");
		result = result(form);
		assertThat(ReleaseFormCheck.probation(form, Map.of(PROBATION, "Probation (test)"), result)).isEmpty();
		assertThat(code(result, "contact")).contains("release.probation.contact.required");

		form.setProbationOrganisationId(UUID.randomUUID().toString());
		form.setContact("01865 000000");
		result = result(form);
		assertThat(ReleaseFormCheck.probation(form, Map.of(PROBATION, "Probation (test)"), result)).isEmpty();
		assertThat(code(result, "probationOrganisationId"))
			.contains("release.probation.probationOrganisationId.unknownChoice");

		form.setProbationOrganisationId(PROBATION.toString());
		var probation = ReleaseFormCheck.probation(form, Map.of(PROBATION, "Probation (test)"), result(form))
			.orElseThrow();
		assertThat(probation.organisationName()).isEqualTo("Probation (test)");
	}

	@Test
	void benefitsAndIdAreEachAnswered() {
		var form = new MoneyForm();
		form.setVersion("1");
		form.setBenefits("arranged");
		var result = result(form);
		assertThat(ReleaseFormCheck.money(form, result)).isEmpty();
		assertThat(code(result, "identityDocuments")).contains("release.money.identityDocuments.required");
		form.setIdentityDocuments("not_yet");
		var money = ReleaseFormCheck.money(form, result(form)).orElseThrow();
		assertThat(money.identityDocuments()).isEqualTo(Arrangement.NOT_YET);
	}

	@Test
	void theReleaseDayPlanNeedsAtLeastOnePartAndNoControlCharacters() {
		var form = new ReleaseDayForm();
		form.setVersion("1");
		var result = result(form);
		assertThat(ReleaseFormCheck.releaseDay(form, result)).isEmpty();
		assertThat(code(result, "metBy")).contains("release.day.metBy.required");
		form.setTravel("Train\u0000");
		result = result(form);
		assertThat(ReleaseFormCheck.releaseDay(form, result)).isEmpty();
		assertThat(result.getFieldError("travel")).isNotNull();
		form.setTravel("His partner drives him home");
		assertThat(ReleaseFormCheck.releaseDay(form, result(form))).isPresent();
	}

	private static ReleaseActionForm action() {
		var form = new ReleaseActionForm();
		form.setGoalId(GOAL.toString());
		form.setDescription("Book the first probation appointment");
		form.setOwnerOrganisationId(ORGANISATION.toString());
		form.setOwnerUserId(OWNER.toString());
		form.setDueOn(DateParts.of(TODAY.plusDays(7)));
		return form;
	}

	@Test
	void aReleaseActionIsCheckedAsThePlansOwnActionsAre() {
		var form = action();
		var owners = Map.of(OWNER, ORGANISATION);
		var action = ReleaseFormCheck
			.action(form, Set.of(GOAL), Set.of(ORGANISATION), owners, PLAN_STARTED, TODAY, result(form))
			.orElseThrow();
		assertThat(action.ownerUserId()).isEqualTo(OWNER);

		form.setGoalId(UUID.randomUUID().toString());
		form.setOwnerOrganisationId(OTHER_ORGANISATION.toString());
		form.setDueOn(DateParts.of(TODAY.minusDays(1)));
		form.setDescription(" ");
		var result = result(form);
		assertThat(ReleaseFormCheck.action(form, Set.of(GOAL), Set.of(ORGANISATION, OTHER_ORGANISATION), owners,
				PLAN_STARTED, TODAY, result))
			.isEmpty();
		assertThat(code(result, "goalId")).contains("release.action.goalId.unknownChoice");
		assertThat(code(result, "description")).contains("release.action.description.required");
		assertThat(code(result, "ownerUserId")).contains("release.action.ownerUserId.notInOrganisation");
		assertThat(code(result, "dueOn")).contains("release.action.dueOn.past");
	}

	@Test
	void aReleaseActionIsNotDueBeforeTheSupportPlanStarted() {
		var form = action();
		form.setOwnerUserId(null);
		form.setDueOn(DateParts.of(TODAY.plusDays(2)));
		var result = result(form);
		assertThat(ReleaseFormCheck.action(form, Set.of(GOAL), Set.of(ORGANISATION), Map.of(), TODAY.plusDays(5), TODAY,
				result))
			.isEmpty();
		assertThat(code(result, "dueOn")).contains("release.action.dueOn.beforePlan");
	}

}
