package org.familymatters.plan.web;

import org.familymatters.shared.web.DateParts;

/** What the action form sends, to add an action or change one. */
public class ActionForm {

	private String goalId;

	private String description;

	private String aboutPersonId;

	private String ownerOrganisationId;

	private String ownerUserId;

	private DateParts dueOn = new DateParts();

	private String status;

	private String statusReason;

	private Long version;

	public String getGoalId() {
		return goalId;
	}

	public void setGoalId(String goalId) {
		this.goalId = goalId;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getAboutPersonId() {
		return aboutPersonId;
	}

	public void setAboutPersonId(String aboutPersonId) {
		this.aboutPersonId = aboutPersonId;
	}

	public String getOwnerOrganisationId() {
		return ownerOrganisationId;
	}

	public void setOwnerOrganisationId(String ownerOrganisationId) {
		this.ownerOrganisationId = ownerOrganisationId;
	}

	public String getOwnerUserId() {
		return ownerUserId;
	}

	public void setOwnerUserId(String ownerUserId) {
		this.ownerUserId = ownerUserId;
	}

	public DateParts getDueOn() {
		return dueOn;
	}

	public void setDueOn(DateParts dueOn) {
		this.dueOn = dueOn;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getStatusReason() {
		return statusReason;
	}

	public void setStatusReason(String statusReason) {
		this.statusReason = statusReason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
