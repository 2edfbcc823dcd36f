package org.familymatters.training.web;

import org.familymatters.training.internal.Course;

/** What the course form sends, as typed: checked by {@link CourseFormCheck}. */
public class CourseForm {

	private String kind;

	private String title;

	private String audience;

	private String outcomes;

	private String version;

	/** The form filled with the course as it is, to change it. */
	static CourseForm of(Course course) {
		var form = new CourseForm();
		form.kind = course.kind().name();
		form.title = course.title();
		form.audience = course.audience();
		form.outcomes = course.outcomes();
		form.version = Long.toString(course.version());
		return form;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getOutcomes() {
		return outcomes;
	}

	public void setOutcomes(String outcomes) {
		this.outcomes = outcomes;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
