package org.familymatters.family.web;

import org.familymatters.shared.web.DateParts;

/** A safeguarding hold as typed: the family's reference, the last day, the reason. */
public class HoldForm {

	private String reference;

	private DateParts until = new DateParts();

	private String reason;

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public DateParts getUntil() {
		return until;
	}

	public void setUntil(DateParts until) {
		this.until = until;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
