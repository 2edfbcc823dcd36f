package org.familymatters.referral.web;

import org.familymatters.shared.web.DateParts;

/** One person the referral form names, as typed. */
public class PersonForm {

	private String givenName;

	private String familyName;

	private String otherNames;

	private DateParts dateOfBirth = new DateParts();

	private String role;

	private String relationship;

	private String phone;

	private String email;

	private String address;

	private String postcode;

	/** Whether nothing was typed for this person: the slot is left out. */
	boolean blank() {
		return empty(givenName) && empty(familyName) && empty(otherNames)
				&& (dateOfBirth == null || dateOfBirth.isEmpty()) && empty(role) && empty(relationship) && empty(phone)
				&& empty(email) && empty(address) && empty(postcode);
	}

	private static boolean empty(String value) {
		return value == null || value.isBlank();
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
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

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getRelationship() {
		return relationship;
	}

	public void setRelationship(String relationship) {
		this.relationship = relationship;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

}
