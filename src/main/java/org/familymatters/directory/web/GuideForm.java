package org.familymatters.directory.web;

import org.familymatters.directory.internal.Guide;
import org.familymatters.directory.internal.GuideEditing;
import org.familymatters.directory.internal.GuideVersion;
import org.familymatters.shared.web.FormCheck;

/**
 * What the guide form sends, as typed; {@link #check} turns it into a change or puts each
 * mistake on its field.
 */
public class GuideForm {

	/** The message codes of the form's fields start with this. */
	static final String PREFIX = "guide";

	static final int TITLE_MAX = 120;

	static final int SUMMARY_MAX = 300;

	static final int BODY_MAX = 50_000;

	static final int CHANGE_NOTE_MAX = 200;

	private String title;

	private String summary;

	private String body;

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

	/** The change the form asks for; null when any field has a problem. */
	GuideEditing.Change check(FormCheck check) {
		var checkedTitle = check.requiredText("title", title, TITLE_MAX);
		var checkedSummary = check.text("summary", summary, SUMMARY_MAX);
		var checkedBody = check.requiredText("body", body, BODY_MAX);
		var checkedNote = check.text("changeNote", changeNote, CHANGE_NOTE_MAX);
		if (check.failed()) {
			return null;
		}
		return new GuideEditing.Change(checkedTitle, checkedSummary, checkedBody, checkedNote);
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
