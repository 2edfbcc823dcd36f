package org.familymatters.referral.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.shared.web.DateParts;

/**
 * What a question page of "Ask for support" sends: each page sends only its own fields
 * (and where to go back to), as typed, so that a mistake is shown back by its field.
 */
public class AskForm {

	private String localityId;

	private String idempotencyKey;

	private String givenName;

	private String familyName;

	private String role;

	private DateParts dateOfBirth = new DateParts();

	private String phone;

	private String email;

	private String bestTimeToCall;

	private String addressLine1;

	private String addressLine2;

	private String town;

	private String postcode;

	private String story;

	private List<String> needs = new ArrayList<>();

	private List<String> agree = new ArrayList<>();

	private String returnTo;

	/** Whether the page was opened from "Check your answers", to go back there. */
	boolean fromCheck() {
		return "check".equals(returnTo);
	}

	public String getLocalityId() {
		return localityId;
	}

	public void setLocalityId(String localityId) {
		this.localityId = localityId;
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

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public DateParts getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(DateParts dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
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

	public String getBestTimeToCall() {
		return bestTimeToCall;
	}

	public void setBestTimeToCall(String bestTimeToCall) {
		this.bestTimeToCall = bestTimeToCall;
	}

	public String getAddressLine1() {
		return addressLine1;
	}

	public void setAddressLine1(String addressLine1) {
		this.addressLine1 = addressLine1;
	}

	public String getAddressLine2() {
		return addressLine2;
	}

	public void setAddressLine2(String addressLine2) {
		this.addressLine2 = addressLine2;
	}

	public String getTown() {
		return town;
	}

	public void setTown(String town) {
		this.town = town;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getStory() {
		return story;
	}

	public void setStory(String story) {
		this.story = story;
	}

	public List<String> getNeeds() {
		return needs;
	}

	public void setNeeds(List<String> needs) {
		this.needs = needs;
	}

	public List<String> getAgree() {
		return agree;
	}

	public void setAgree(List<String> agree) {
		this.agree = agree;
	}

	public String getReturnTo() {
		return returnTo;
	}

	public void setReturnTo(String returnTo) {
		this.returnTo = returnTo;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
