package org.familymatters.network.web;

import org.familymatters.shared.web.DateParts;

/** An action agreed for a family at the meeting, into its support plan. */
public class ActionAgreedForm {

	private String goalId;

	private String description;

	private String ownerOrganisationId;

	private String ownerUserId;

	private String number;

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

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public DateParts getDueOn() {
		return dueOn;
	}

	public void setDueOn(DateParts dueOn) {
		this.dueOn = dueOn;
	}

}
