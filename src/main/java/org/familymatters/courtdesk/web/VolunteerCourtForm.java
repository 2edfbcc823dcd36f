package org.familymatters.courtdesk.web;

/** What the form setting a volunteer's court sends. */
public class VolunteerCourtForm {

	private String courtId;

	public String getCourtId() {
		return courtId;
	}

	public void setCourtId(String courtId) {
		this.courtId = courtId;
	}

}
