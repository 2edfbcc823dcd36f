package org.familymatters.training.web;

import java.util.Optional;

import org.familymatters.shared.web.FormCheck;
import org.familymatters.training.internal.Course;
import org.familymatters.training.internal.Courses;

import org.springframework.validation.BindingResult;

/**
 * Checks the course form with {@link FormCheck} (messages under {@value #PREFIX}): the
 * kind (workshop, conference or event, volunteers' induction), a title, whom it is for
 * and what they learn, each required; a change carries the version it was shown at. Pure:
 * unit-tested without Spring.
 */
final class CourseFormCheck {

	/** Where the course form's messages start. */
	static final String PREFIX = "training.course";

	private CourseFormCheck() {
	}

	/**
	 * The course's details, or empty with each problem on its field.
	 * @param changing whether it changes a course (and so must carry its version)
	 */
	static Optional<Details> details(CourseForm form, boolean changing, BindingResult result) {
		var check = FormCheck.of(result, PREFIX);
		var kind = check.requiredChoice("kind", form.getKind(), Course.Kind.class);
		var title = check.requiredText("title", form.getTitle(), Courses.TITLE_MAX);
		var audience = check.requiredText("audience", form.getAudience(), Courses.TEXT_MAX);
		var outcomes = check.requiredText("outcomes", form.getOutcomes(), Courses.TEXT_MAX);
		long version = SessionFormCheck.version(form.getVersion());
		if (changing && version < 0 && !check.failed()) {
			check.rejectForm("record.changedElsewhere");
		}
		if (check.failed()) {
			return Optional.empty();
		}
		return Optional.of(new Details(kind, title, audience, outcomes, version));
	}

	/**
	 * A course as the form gives it.
	 *
	 * @param kind its kind
	 * @param title its title
	 * @param audience whom it is for
	 * @param outcomes what they learn
	 * @param version the version it was shown at; -1 for a new course
	 */
	record Details(Course.Kind kind, String title, String audience, String outcomes, long version) {
	}

}
