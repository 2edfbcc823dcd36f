package org.familymatters.release.web;

/** The release-day plan: who meets them, travel, first appointments. */
public class ReleaseDayForm {

	private String metBy;

	private String travel;

	private String firstAppointments;

	private String version;

	public String getMetBy() {
		return metBy;
	}

	public void setMetBy(String metBy) {
		this.metBy = metBy;
	}

	public String getTravel() {
		return travel;
	}

	public void setTravel(String travel) {
		this.travel = travel;
	}

	public String getFirstAppointments() {
		return firstAppointments;
	}

	public void setFirstAppointments(String firstAppointments) {
		this.firstAppointments = firstAppointments;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
