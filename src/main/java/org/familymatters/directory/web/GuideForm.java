package org.familymatters.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.familymatters.directory.Guide;
import org.familymatters.directory.GuideVersion;

/** What the guide form sends. */
public class GuideForm {

	static final int TITLE_MAX = 120;

	static final int SUMMARY_MAX = 300;

	static final int BODY_MAX = 50_000;

	static final int CHANGE_NOTE_MAX = 200;

	@NotBlank(message = "{guide.title.required}")
	@Size(max = TITLE_MAX, message = "{guide.title.tooLong}")
	private String title;

	@Size(max = SUMMARY_MAX, message = "{guide.summary.tooLong}")
	private String summary;

	@NotBlank(message = "{guide.body.required}")
	@Size(max = BODY_MAX, message = "{guide.body.tooLong}")
	private String body;

	@Size(max = CHANGE_NOTE_MAX, message = "{guide.changeNote.tooLong}")
	private String changeNote;

	private Long version;

	static GuideForm of(Guide guide, GuideVersion current) {
		var form = new GuideForm();
		form.title = current.title();
		form.summary = current.summary();
		form.body = current.body();
		form.version = guide.version();
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getChangeNote() {
		return changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
