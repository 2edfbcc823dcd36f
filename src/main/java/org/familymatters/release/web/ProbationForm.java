package org.familymatters.release.web;

/**
 * Contact with probation: the probation service, the practitioner and how to reach them.
 */
public class ProbationForm {

	private String probationOrganisationId;

	private String practitioner;

	private String contact;

	private String version;

	public String getProbationOrganisationId() {
		return probationOrganisationId;
	}

	public void setProbationOrganisationId(String probationOrganisationId) {
		this.probationOrganisationId = probationOrganisationId;
	}

	public String getPractitioner() {
		return practitioner;
	}

	public void setPractitioner(String practitioner) {
		this.practitioner = practitioner;
	}

	public String getContact() {
		return contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
