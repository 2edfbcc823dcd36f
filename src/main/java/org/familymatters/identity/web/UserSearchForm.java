package org.familymatters.identity.web;

/** What the user search sends. */
public class UserSearchForm {

	private String search;

	public String getSearch() {
		return search;
	}

	public void setSearch(String search) {
		this.search = search;
	}

}
