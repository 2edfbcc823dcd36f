package org.familymatters.consent.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.shared.web.DateParts;

/**
 * What the consent form sends, as typed, so that a mistake can be shown back by its
 * field; {@link ConsentFormCheck} turns it into a consent or errors. Recipients are
 * {@code organisation:<id>} or {@code type:<organisation type>}.
 */
public class ConsentForm {

	private String giverId;

	private String method;

	private String witness;

	private DateParts givenOn = new DateParts();

	private String purpose;

	private List<String> kinds = new ArrayList<>();

	private List<String> recipients = new ArrayList<>();

	private DateParts reviewOn = new DateParts();

	public String getGiverId() {
		return giverId;
	}

	public void setGiverId(String giverId) {
		this.giverId = giverId;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(String method) {
		this.method = method;
	}

	public String getWitness() {
		return witness;
	}

	public void setWitness(String witness) {
		this.witness = witness;
	}

	public DateParts getGivenOn() {
		return givenOn;
	}

	public void setGivenOn(DateParts givenOn) {
		this.givenOn = givenOn;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public List<String> getKinds() {
		return kinds;
	}

	public void setKinds(List<String> kinds) {
		this.kinds = kinds;
	}

	public List<String> getRecipients() {
		return recipients;
	}

	public void setRecipients(List<String> recipients) {
		this.recipients = recipients;
	}

	public DateParts getReviewOn() {
		return reviewOn;
	}

	public void setReviewOn(DateParts reviewOn) {
		this.reviewOn = reviewOn;
	}

}
