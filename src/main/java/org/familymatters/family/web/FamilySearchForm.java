package org.familymatters.family.web;

/**
 * What a families list sends, as typed: the search words (a reference, or words that
 * begin people's names), which are posted and never read from an address; the key under
 * which they are kept ({@link SearchesKept}); the filters and the page.
 */
public class FamilySearchForm {

	private String q;

	private String search;

	private String status;

	private String locality;

	private String mine;

	private String page;

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public String getSearch() {
		return search;
	}

	public void setSearch(String search) {
		this.search = search;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getLocality() {
		return locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

	public String getMine() {
		return mine;
	}

	public void setMine(String mine) {
		this.mine = mine;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}

}
