package org.familymatters.identity.web;

/**
 * What the users list's filters send, as typed: part of a name or username, a role, an
 * organisation, and whether the user is active. Every one is optional.
 */
public class UserSearchForm {

	private String search;

	private String role;

	private String organisation;

	private String status;

	public String getSearch() {
		return search;
	}

	public void setSearch(String search) {
		this.search = search;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

}
