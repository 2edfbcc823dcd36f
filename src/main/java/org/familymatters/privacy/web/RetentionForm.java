package org.familymatters.privacy.web;

/** A kind's retention period as typed, with the version of the setting it changes. */
public class RetentionForm {

	private String months;

	private Long version;

	public String getMonths() {
		return months;
	}

	public void setMonths(String months) {
		this.months = months;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
