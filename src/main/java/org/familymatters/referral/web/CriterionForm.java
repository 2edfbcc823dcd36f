package org.familymatters.referral.web;

/** What the criteria editor's forms send. */
public class CriterionForm {

	private String text;

	private String active = "true";

	private Long version;

	private String meaning;

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

	/** The code of the fact that meets it ({@code ReferralFact}), or blank for none. */
	public String getMeaning() {
		return meaning;
	}

	public void setMeaning(String meaning) {
		this.meaning = meaning;
	}

}
