package org.familymatters.courtdesk.web;

/** What the form putting a volunteer on a session sends: the volunteer's id. */
public class AssignForm {

	private String volunteer;

	public String getVolunteer() {
		return volunteer;
	}

	public void setVolunteer(String volunteer) {
		this.volunteer = volunteer;
	}

}
