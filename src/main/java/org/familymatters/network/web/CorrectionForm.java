package org.familymatters.network.web;

/** Why the published minutes are corrected, and the version corrected. */
public class CorrectionForm {

	private String reason;

	private String number;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

}
