package org.familymatters.plan.web;

/**
 * What the closing form sends: why the plan is closed, the closing assessment, and the
 * plan's version.
 */
public class CloseForm extends AssessmentForm {

	private String reason;

	private Long version;

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
