package org.familymatters.training.web;

import java.util.Optional;

import org.familymatters.shared.web.FormCheck;
import org.familymatters.training.internal.Materials;

import org.springframework.validation.BindingResult;

/**
 * Checks the material form with {@link FormCheck} (messages under {@value #PREFIX}): a
 * title; a file or a web address, not both; a file's own problem (none sent, too large,
 * not a PDF, Word, PowerPoint or OpenDocument file by its content) on the file field; and
 * whether to publish it now (yes or no). Pure: unit-tested without Spring.
 */
final class MaterialFormCheck {

	/** Where the material form's messages start. */
	static final String PREFIX = "training.material";

	private MaterialFormCheck() {
	}

	/**
	 * The material's title, link and whether to publish it, or empty with each problem on
	 * its field.
	 * @param fileSent whether a file was sent
	 * @param fileProblem what is wrong with the file sent (see
	 * {@link Materials#problem(long, byte[])}), if anything
	 * @param maxMegabytes the largest file taken, for the message
	 */
	static Optional<Details> details(MaterialForm form, boolean fileSent, Optional<String> fileProblem,
			long maxMegabytes, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		var title = check.requiredText("title", form.getTitle(), Materials.TITLE_MAX);
		var url = check.webAddress("url", form.getUrl());
		if (fileSent && url != null) {
			check.reject("url", "both");
		}
		else if (!fileSent && url == null && !check.failed("url")) {
			check.reject("file", "missing");
		}
		else if (fileSent && fileProblem.isPresent()) {
			check.reject("file", fileProblem.get(), maxMegabytes);
		}
		var published = check.requiredChoice("published", form.getPublished(), Answer.class);
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new Details(title, fileSent ? null : url, published == Answer.YES));
	}

	/** Yes or no. */
	enum Answer {

		YES, NO

	}

	/**
	 * A material as the form gives it.
	 *
	 * @param title what it is
	 * @param url the link; null for a file
	 * @param published whether to publish it now
	 */
	record Details(String title, String url, boolean published) {
	}

}
