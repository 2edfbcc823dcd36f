package org.familymatters.directory.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the service form sends. Everything is text as typed, so that a mistake can be
 * shown back by the field; {@link ServiceFormCheck} turns it into a change or errors.
 */
public class ServiceForm {

	private String organisationId;

	private String name;

	private String description;

	private String status = "active";

	private String url;

	private String email;

	private String phone;

	private String phoneDescription;

	private String secondPhone;

	private String secondPhoneDescription;

	private String placeName;

	private String placeAddress;

	private String placeTown;

	private String placePostcode;

	private String minimumAge;

	private String maximumAge;

	private String eligibility;

	private String fees;

	private List<String> needs = new ArrayList<>();

	private List<String> areas = new ArrayList<>();

	private String[] opens = new String[7];

	private String[] closes = new String[7];

	private String languages;

	private Long version;

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
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

	public String getPhoneDescription() {
		return phoneDescription;
	}

	public void setPhoneDescription(String phoneDescription) {
		this.phoneDescription = phoneDescription;
	}

	public String getSecondPhone() {
		return secondPhone;
	}

	public void setSecondPhone(String secondPhone) {
		this.secondPhone = secondPhone;
	}

	public String getSecondPhoneDescription() {
		return secondPhoneDescription;
	}

	public void setSecondPhoneDescription(String secondPhoneDescription) {
		this.secondPhoneDescription = secondPhoneDescription;
	}

	public String getPlaceName() {
		return placeName;
	}

	public void setPlaceName(String placeName) {
		this.placeName = placeName;
	}

	public String getPlaceAddress() {
		return placeAddress;
	}

	public void setPlaceAddress(String placeAddress) {
		this.placeAddress = placeAddress;
	}

	public String getPlaceTown() {
		return placeTown;
	}

	public void setPlaceTown(String placeTown) {
		this.placeTown = placeTown;
	}

	public String getPlacePostcode() {
		return placePostcode;
	}

	public void setPlacePostcode(String placePostcode) {
		this.placePostcode = placePostcode;
	}

	public String getMinimumAge() {
		return minimumAge;
	}

	public void setMinimumAge(String minimumAge) {
		this.minimumAge = minimumAge;
	}

	public String getMaximumAge() {
		return maximumAge;
	}

	public void setMaximumAge(String maximumAge) {
		this.maximumAge = maximumAge;
	}

	public String getEligibility() {
		return eligibility;
	}

	public void setEligibility(String eligibility) {
		this.eligibility = eligibility;
	}

	public String getFees() {
		return fees;
	}

	public void setFees(String fees) {
		this.fees = fees;
	}

	public List<String> getNeeds() {
		return needs;
	}

	public void setNeeds(List<String> needs) {
		this.needs = needs;
	}

	public List<String> getAreas() {
		return areas;
	}

	public void setAreas(List<String> areas) {
		this.areas = areas;
	}

	public String[] getOpens() {
		return opens;
	}

	public void setOpens(String[] opens) {
		this.opens = opens;
	}

	public String[] getCloses() {
		return closes;
	}

	public void setCloses(String[] closes) {
		this.closes = closes;
	}

	public String getLanguages() {
		return languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
