package org.familymatters.network.web;

/** What the form to ask to join a network sends. */
public class JoinForm {

	private String reason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
