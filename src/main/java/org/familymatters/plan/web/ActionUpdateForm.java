package org.familymatters.plan.web;

/**
 * What the owner's update of an action sends, as typed; {@link AgencyActionsController}
 * checks it with {@code FormCheck}.
 */
public class ActionUpdateForm {

	private String status;

	private String reason;

	private String note;

	private String version;

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
