package org.familymatters.bridges.web;

/** The family home's decision: agreed or not suitable, and why. */
public class HomeForm {

	private String decision;

	private String reason;

	private Long version;

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

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
