package org.familymatters.bridges.web;

/**
 * Asking a designated safeguarding lead for the family home's safeguarding check: what
 * the lead should know.
 */
public class CheckRequestForm {

	private String note;

	private Long version;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
