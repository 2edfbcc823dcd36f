package org.familymatters.privacy.web;

import org.familymatters.shared.web.DateParts;

/**
 * What the "Record a request" form sends, as typed: checked by {@link RequestFormCheck}.
 */
public class RequestForm {

	private String kind;

	private String fullName;

	private String otherNames;

	private DateParts dateOfBirth = new DateParts();

	private String postcode;

	private String email;

	private String phone;

	private String identityCheck;

	private String identityCheckDetails;

	private String details;

	private DateParts receivedOn = new DateParts();

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getOtherNames() {
		return otherNames;
	}

	public void setOtherNames(String otherNames) {
		this.otherNames = otherNames;
	}

	public DateParts getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(DateParts dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getIdentityCheck() {
		return identityCheck;
	}

	public void setIdentityCheck(String identityCheck) {
		this.identityCheck = identityCheck;
	}

	public String getIdentityCheckDetails() {
		return identityCheckDetails;
	}

	public void setIdentityCheckDetails(String identityCheckDetails) {
		this.identityCheckDetails = identityCheckDetails;
	}

	public String getDetails() {
		return details;
	}

	public void setDetails(String details) {
		this.details = details;
	}

	public DateParts getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(DateParts receivedOn) {
		this.receivedOn = receivedOn;
	}

}
