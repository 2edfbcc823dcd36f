package org.familymatters.consent.web;

import java.util.ArrayList;
import java.util.List;

/** What a request to share without consent sends, as typed. */
public class SafeguardingRequestForm {

	private String familyReference;

	private String reason;

	private List<String> organisationIds = new ArrayList<>();

	public String getFamilyReference() {
		return familyReference;
	}

	public void setFamilyReference(String familyReference) {
		this.familyReference = familyReference;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public List<String> getOrganisationIds() {
		return organisationIds;
	}

	public void setOrganisationIds(List<String> organisationIds) {
		this.organisationIds = organisationIds;
	}

}
