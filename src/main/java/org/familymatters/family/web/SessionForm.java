package org.familymatters.family.web;

import org.familymatters.shared.web.DateParts;

/**
 * What the "Record a parenting session" form sends, as typed; {@link TiesFormCheck}
 * checks it.
 */
public class SessionForm {

	private String programme;

	private String newProgramme;

	private String personId;

	private DateParts occurredOn = new DateParts();

	private String setting;

	private String prisonId;

	private String place;

	private String notes;

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getNewProgramme() {
		return newProgramme;
	}

	public void setNewProgramme(String newProgramme) {
		this.newProgramme = newProgramme;
	}

	public String getPersonId() {
		return personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

	public DateParts getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(DateParts occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getSetting() {
		return setting;
	}

	public void setSetting(String setting) {
		this.setting = setting;
	}

	public String getPrisonId() {
		return prisonId;
	}

	public void setPrisonId(String prisonId) {
		this.prisonId = prisonId;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
