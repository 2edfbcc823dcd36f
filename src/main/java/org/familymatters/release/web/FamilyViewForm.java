package org.familymatters.release.web;

import java.util.ArrayList;
import java.util.List;

/** The family's view in their words, and each adult's agreement. */
public class FamilyViewForm {

	private String familyView;

	private List<AgreementAnswer> agreements = new ArrayList<>();

	private String version;

	public String getFamilyView() {
		return familyView;
	}

	public void setFamilyView(String familyView) {
		this.familyView = familyView;
	}

	public List<AgreementAnswer> getAgreements() {
		return agreements;
	}

	public void setAgreements(List<AgreementAnswer> agreements) {
		this.agreements = agreements;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
