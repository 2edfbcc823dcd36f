package org.familymatters.referral.web;

import java.util.List;
import java.util.UUID;

import org.familymatters.referral.ReferralFact;
import org.familymatters.shared.web.FormCheck;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The triage page's decision forms and the criteria editor's form, read through the input
 * rules without Spring's web layer.
 */
class DecisionAndCriterionFormCheckTest {

	private final DecisionForm decision = new DecisionForm();

	private final BeanPropertyBindingResult decisionResult = new BeanPropertyBindingResult(decision, "decision");

	private final FormCheck decisionCheck = FormCheck.of(decisionResult, DecisionFormCheck.PREFIX);

	@Test
	void acceptingIntoAFamilyNeedsTheFamilyChosenAndReadablePairs() {
		var chosen = DecisionFormCheck.existingFamily(decision, decisionCheck);
		assertThat(chosen.familyId()).isNull();
		assertThat(decisionResult.getFieldError("familyId").getCodes())
			.startsWith("referral.decision.familyId.required");

		var family = UUID.randomUUID();
		var named = UUID.randomUUID();
		var person = UUID.randomUUID();
		var result = new BeanPropertyBindingResult(decision, "decision");
		decision.setFamilyId(family.toString());
		decision.setSame(List.of(named + ":" + person));
		var read = DecisionFormCheck.existingFamily(decision, FormCheck.of(result, DecisionFormCheck.PREFIX));
		assertThat(result.hasErrors()).isFalse();
		assertThat(read.familyId()).isEqualTo(family);
		assertThat(read.same()).singleElement().satisfies(same -> {
			assertThat(same.referralPersonId()).isEqualTo(named);
			assertThat(same.personId()).isEqualTo(person);
		});

		var bad = new BeanPropertyBindingResult(decision, "decision");
		decision.setSame(List.of(named + ":not-an-id"));
		DecisionFormCheck.existingFamily(decision, FormCheck.of(bad, DecisionFormCheck.PREFIX));
		assertThat(bad.getFieldError("same").getCode()).isEqualTo("referral.decision.same.otherFamily");
	}

	@Test
	void signpostingNeedsAServiceOrOtherHelpInWordsWithoutHiddenCharacters() {
		DecisionFormCheck.signposting(decision, decisionCheck);
		assertThat(decisionResult.getFieldError("services").getCode()).isEqualTo("referral.decision.signpost.required");

		var result = new BeanPropertyBindingResult(decision, "decision");
		decision.setServices(List.of("not-an-id"));
		decision.setSignpostNote("The library\u0000");
		DecisionFormCheck.signposting(decision, FormCheck.of(result, DecisionFormCheck.PREFIX));
		assertThat(result.getFieldError("services").getCodes()).startsWith("referral.decision.services.unknownChoice");
		assertThat(result.getFieldError("signpostNote").getCodes()).contains("input.controlCharacters");

		var service = UUID.randomUUID();
		var good = new BeanPropertyBindingResult(decision, "decision");
		decision.setServices(List.of(service.toString()));
		decision.setSignpostNote("  ");
		var read = DecisionFormCheck.signposting(decision, FormCheck.of(good, DecisionFormCheck.PREFIX));
		assertThat(good.hasErrors()).isFalse();
		assertThat(read.services()).containsExactly(service);
		assertThat(read.note()).isNull();
	}

	@Test
	void decliningNeedsAReasonOfAtMostTwoThousandCharacters() {
		decision.setDeclineReason("  ");
		assertThat(DecisionFormCheck.declineReason(decision, decisionCheck)).isNull();
		assertThat(decisionResult.getFieldError("declineReason").getCodes())
			.startsWith("referral.decision.declineReason.required");

		var result = new BeanPropertyBindingResult(decision, "decision");
		decision.setDeclineReason("x".repeat(2001));
		DecisionFormCheck.declineReason(decision, FormCheck.of(result, DecisionFormCheck.PREFIX));
		assertThat(result.getFieldError("declineReason").getCodes())
			.containsExactly("referral.decision.declineReason.tooLong", "input.tooLong");
	}

	@Test
	void aCriterionNeedsItsWordsAndWhetherTheFormsShowIt() {
		var form = new CriterionForm();
		var result = new BeanPropertyBindingResult(form, "form");
		form.setText("  ");
		form.setActive("perhaps");
		assertThat(CriterionFormCheck.read(form, FormCheck.of(result, "referral.criterion"))).isEmpty();
		assertThat(result.getFieldError("text").getCodes()).startsWith("referral.criterion.text.required");
		assertThat(result.getFieldError("active").getCodes()).startsWith("referral.criterion.active.unknownChoice");

		var nul = new BeanPropertyBindingResult(form, "form");
		form.setText("Children\u0000");
		form.setActive(null);
		CriterionFormCheck.read(form, FormCheck.of(nul, "referral.criterion"));
		assertThat(nul.getFieldError("text").getCodes()).contains("input.controlCharacters");
		assertThat(nul.getFieldError("active").getCodes()).startsWith("referral.criterion.active.required");

		var good = new BeanPropertyBindingResult(form, "form");
		form.setText(" There are children under 18 ");
		form.setActive("false");
		assertThat(CriterionFormCheck.read(form, FormCheck.of(good, "referral.criterion")))
			.contains(new CriterionFormCheck.Criterion("There are children under 18", false, null));
		form.setMeaning("children");
		assertThat(CriterionFormCheck.read(form, FormCheck.of(good, "referral.criterion")))
			.contains(new CriterionFormCheck.Criterion("There are children under 18", false, ReferralFact.CHILDREN));
		var unknown = new BeanPropertyBindingResult(form, "form");
		form.setMeaning("%00\u0000");
		assertThat(CriterionFormCheck.read(form, FormCheck.of(unknown, "referral.criterion"))).isEmpty();
		assertThat(unknown.getFieldError("meaning").getCodes()).contains("referral.criterion.meaning.unknownChoice");
	}

}
