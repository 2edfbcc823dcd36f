package org.familymatters.training.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback form's check without Spring's web layer: both confidences on the
 * five-point scale, the answers in words optional and limited, each refusal on its field
 * in the words the page shows.
 */
class FeedbackFormCheckTest {

	private final ResourceBundleMessageSource messages = messages();

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static FeedbackForm whole() {
		var form = new FeedbackForm();
		form.setConfidenceBefore("2");
		form.setConfidenceAfter(" 4 ");
		form.setDoDifferently("  Ask about a parent in prison when behaviour changes  ");
		form.setComments("");
		return form;
	}

	private String message(BeanPropertyBindingResult result, String field) {
		return messages.getMessage(result.getFieldError(field), Locale.UK);
	}

	@Test
	void aWholeFormGivesTheAnswers() {
		var form = whole();
		var result = new BeanPropertyBindingResult(form, "form");
		var answers = FeedbackFormCheck.answers(form, result).orElseThrow();
		assertThat(answers.confidenceBefore()).isEqualTo(2);
		assertThat(answers.confidenceAfter()).isEqualTo(4);
		assertThat(answers.doDifferently()).isEqualTo("Ask about a parent in prison when behaviour changes");
		assertThat(answers.comments()).isNull();
		assertThat(result.hasErrors()).isFalse();
	}

	@Test
	void bothConfidencesMustBeChosenOnTheScale() {
		var form = whole();
		form.setConfidenceBefore(null);
		form.setConfidenceAfter("6");
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(FeedbackFormCheck.answers(form, result)).isEmpty();
		assertThat(message(result, "confidenceBefore"))
			.isEqualTo("Choose how confident you were before the session, from 1 to 5");
		assertThat(message(result, "confidenceAfter"))
			.isEqualTo("Choose how confident you are after the session, from 1 to 5");

		for (var wrong : new String[] { "0", "-1", "3.5", "five", "1 or 2" }) {
			form.setConfidenceAfter(wrong);
			form.setConfidenceBefore("3");
			result = new BeanPropertyBindingResult(form, "form");
			assertThat(FeedbackFormCheck.answers(form, result)).as(wrong).isEmpty();
			assertThat(result.getFieldError("confidenceAfter")).as(wrong).isNotNull();
		}
	}

	@Test
	void tenThousandWordsAreRefusedByTheField() {
		var form = whole();
		form.setDoDifferently("word ".repeat(10_000));
		form.setComments("word ".repeat(10_000));
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(FeedbackFormCheck.answers(form, result)).isEmpty();
		assertThat(message(result, "doDifferently"))
			.isEqualTo("What you will do differently must be 2,000 characters or fewer");
		assertThat(message(result, "comments"))
			.isEqualTo("Anything else you tell us must be 2,000 characters or fewer");
	}

	@Test
	void hiddenControlCharactersAreRefusedByTheField() {
		var form = whole();
		form.setComments("Thank\u0000 you");
		var result = new BeanPropertyBindingResult(form, "form");
		assertThat(FeedbackFormCheck.answers(form, result)).isEmpty();
		assertThat(message(result, "comments")).startsWith("Remove the hidden control characters");
	}

	@Test
	void theScaleRunsFromNotAtAllToVeryConfident() {
		assertThat(FeedbackFormCheck.SCALE).hasSize(5);
		assertThat(FeedbackFormCheck.SCALE.get(0).label()).isEqualTo("1 – Not at all confident");
		assertThat(FeedbackFormCheck.SCALE.get(4).label()).isEqualTo("5 – Very confident");
	}

}
