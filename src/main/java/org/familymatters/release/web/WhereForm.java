package org.familymatters.release.web;

/** Where the person will live on release, and whether the children live there. */
public class WhereForm {

	private String living;

	private String addressLine1;

	private String addressLine2;

	private String town;

	private String postcode;

	private String childrenLiveThere;

	private String version;

	public String getLiving() {
		return living;
	}

	public void setLiving(String living) {
		this.living = living;
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

	public String getChildrenLiveThere() {
		return childrenLiveThere;
	}

	public void setChildrenLiveThere(String childrenLiveThere) {
		this.childrenLiveThere = childrenLiveThere;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
