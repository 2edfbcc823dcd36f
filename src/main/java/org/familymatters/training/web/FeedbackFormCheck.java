package org.familymatters.training.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.familymatters.shared.web.FormCheck;
import org.familymatters.shared.web.Option;
import org.familymatters.training.internal.Feedback;

import org.springframework.validation.BindingResult;

/**
 * Checks the feedback form with {@link FormCheck} (messages under {@value #PREFIX}):
 * confidence before and after the session, each one of the five points of the scale and
 * required; what the attendee will do differently and anything else, optional, each at
 * most {@value #TEXT_MAX} characters. Pure: unit-tested without Spring.
 */
final class FeedbackFormCheck {

	/** Where the feedback form's messages start. */
	static final String PREFIX = "training.feedback";

	/** The longest answer in words kept. */
	static final int TEXT_MAX = 2000;

	/** The five points of the scale, as the radios show them. */
	static final List<Option> SCALE = List.of(new Option("1", "1 – Not at all confident", null),
			new Option("2", "2 – Slightly confident", null), new Option("3", "3 – Fairly confident", null),
			new Option("4", "4 – Confident", null), new Option("5", "5 – Very confident", null));

	private FeedbackFormCheck() {
	}

	/** The answers, or empty with each problem on its field. */
	static Optional<Feedback.Answers> answers(FeedbackForm form, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		var before = check.requiredChoice("confidenceBefore", form.getConfidenceBefore(), FeedbackFormCheck::point);
		var after = check.requiredChoice("confidenceAfter", form.getConfidenceAfter(), FeedbackFormCheck::point);
		var differently = check.text("doDifferently", form.getDoDifferently(), TEXT_MAX);
		var comments = check.text("comments", form.getComments(), TEXT_MAX);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new Feedback.Answers(before, after, differently, comments));
	}

	private static Optional<Integer> point(String value) {
		return IntStream.rangeClosed(1, 5).filter(p -> String.valueOf(p).equals(value)).boxed().findFirst();
	}

}
