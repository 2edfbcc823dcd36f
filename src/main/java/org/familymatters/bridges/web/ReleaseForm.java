package org.familymatters.bridges.web;

import org.familymatters.shared.web.DateParts;

/** Release day: where the person lives and the day. */
public class ReleaseForm {

	private String accommodation;

	private DateParts releasedOn = new DateParts();

	private Long version;

	public String getAccommodation() {
		return accommodation;
	}

	public void setAccommodation(String accommodation) {
		this.accommodation = accommodation;
	}

	public DateParts getReleasedOn() {
		return releasedOn;
	}

	public void setReleasedOn(DateParts releasedOn) {
		this.releasedOn = releasedOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
