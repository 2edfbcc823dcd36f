package org.familymatters.directory.web;

/** What a staff list's search sends: words to look for, and the page. */
public class StaffListForm {

	private String q;

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
