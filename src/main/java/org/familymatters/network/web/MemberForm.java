package org.familymatters.network.web;

/** What the coordinator's form to add a member sends. */
public class MemberForm {

	private String userId;

	public String getUserId() {
		return userId;
	}

	public void setUserId(String userId) {
		this.userId = userId;
	}

}
