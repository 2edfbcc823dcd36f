package org.familymatters.consent.web;

import org.familymatters.shared.web.DateParts;

/** What a designated safeguarding lead's decision sends, as typed. */
public class SafeguardingDecisionForm {

	private String decision;

	private String reason;

	private DateParts endsOn = new DateParts();

	public String getDecision() {
		return decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public DateParts getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(DateParts endsOn) {
		this.endsOn = endsOn;
	}

}
