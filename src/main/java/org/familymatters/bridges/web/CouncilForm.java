package org.familymatters.bridges.web;

import org.familymatters.shared.web.DateParts;

/**
 * The referral to the local council (the duty to refer): the council, the day, and later
 * its answer and the day of it.
 */
public class CouncilForm {

	private String council;

	private DateParts referredOn = new DateParts();

	private String answer;

	private DateParts answeredOn = new DateParts();

	private Long version;

	public String getCouncil() {
		return council;
	}

	public void setCouncil(String council) {
		this.council = council;
	}

	public DateParts getReferredOn() {
		return referredOn;
	}

	public void setReferredOn(DateParts referredOn) {
		this.referredOn = referredOn;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public DateParts getAnsweredOn() {
		return answeredOn;
	}

	public void setAnsweredOn(DateParts answeredOn) {
		this.answeredOn = answeredOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
