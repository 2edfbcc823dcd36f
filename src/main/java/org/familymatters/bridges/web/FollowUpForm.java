package org.familymatters.bridges.web;

import org.familymatters.shared.web.DateParts;

/** An outcome after release: where the person stands and the day it was known. */
public class FollowUpForm {

	private String outcome;

	private DateParts knownOn = new DateParts();

	private Long version;

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public DateParts getKnownOn() {
		return knownOn;
	}

	public void setKnownOn(DateParts knownOn) {
		this.knownOn = knownOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
