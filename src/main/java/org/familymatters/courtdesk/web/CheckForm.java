package org.familymatters.courtdesk.web;

import org.familymatters.shared.web.DateParts;

/** What the form recording a volunteer's background check sends, as typed. */
public class CheckForm {

	private DateParts checkedOn = new DateParts();

	private DateParts expiresOn = new DateParts();

	private String reference;

	public DateParts getCheckedOn() {
		return checkedOn;
	}

	public void setCheckedOn(DateParts checkedOn) {
		this.checkedOn = checkedOn;
	}

	public DateParts getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(DateParts expiresOn) {
		this.expiresOn = expiresOn;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

}
