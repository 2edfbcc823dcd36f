package org.familymatters.release.web;

/** Benefits and ID on release. */
public class MoneyForm {

	private String benefits;

	private String identityDocuments;

	private String note;

	private String version;

	public String getBenefits() {
		return benefits;
	}

	public void setBenefits(String benefits) {
		this.benefits = benefits;
	}

	public String getIdentityDocuments() {
		return identityDocuments;
	}

	public void setIdentityDocuments(String identityDocuments) {
		this.identityDocuments = identityDocuments;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
