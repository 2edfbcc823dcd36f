package org.familymatters.release.web;

import org.familymatters.shared.web.DateParts;

/** A release action, into the goal of the family's open support plan. */
public class ReleaseActionForm {

	private String goalId;

	private String description;

	private String ownerOrganisationId;

	private String ownerUserId;

	private DateParts dueOn = new DateParts();

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

}
