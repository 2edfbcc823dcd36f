package org.familymatters.network.web;

/** What the form to give a network another coordinator sends. */
public class CoordinatorForm {

	private String coordinatorId;

	private String version;

	public String getCoordinatorId() {
		return coordinatorId;
	}

	public void setCoordinatorId(String coordinatorId) {
		this.coordinatorId = coordinatorId;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
