package org.familymatters.family.web;

/**
 * What the families list's search sends: a reference or words that begin people's names.
 */
public class FamilySearchForm {

	private String q;

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
