package org.familymatters.bridges.web;

/** A new pair of the pilot: a county and a prison. */
public class PilotForm {

	private String county;

	private String prison;

	public String getCounty() {
		return county;
	}

	public void setCounty(String county) {
		this.county = county;
	}

	public String getPrison() {
		return prison;
	}

	public void setPrison(String prison) {
		this.prison = prison;
	}

}
