package org.familymatters.family.web;

/** What the household form sends, as typed; {@link FamilyFormCheck} checks it. */
public class HouseholdForm {

	private String addressLine1;

	private String addressLine2;

	private String town;

	private String postcode;

	private String status;

	private String closedReason;

	private String journeyStage;

	private String keyWorkerId;

	private Long version;

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

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getClosedReason() {
		return closedReason;
	}

	public void setClosedReason(String closedReason) {
		this.closedReason = closedReason;
	}

	public String getJourneyStage() {
		return journeyStage;
	}

	public void setJourneyStage(String journeyStage) {
		this.journeyStage = journeyStage;
	}

	public String getKeyWorkerId() {
		return keyWorkerId;
	}

	public void setKeyWorkerId(String keyWorkerId) {
		this.keyWorkerId = keyWorkerId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
