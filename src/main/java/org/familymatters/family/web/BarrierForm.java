package org.familymatters.family.web;

import org.familymatters.shared.web.DateParts;

/**
 * What the form for what stands in the way of contact sends, as typed;
 * {@link TiesFormCheck} checks it.
 */
public class BarrierForm {

	private String kind;

	private String details;

	private DateParts notedOn = new DateParts();

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDetails() {
		return details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public DateParts getNotedOn() {
		return notedOn;
	}

	public void setNotedOn(DateParts notedOn) {
		this.notedOn = notedOn;
	}

}
