package org.familymatters.referral.web;

/** What the criteria editor's forms send. */
public class CriterionForm {

	private String text;

	private String active = "true";

	private Long version;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getActive() {
		return active;
	}

	public void setActive(String active) {
		this.active = active;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
