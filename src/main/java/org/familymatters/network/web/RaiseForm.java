package org.familymatters.network.web;

/**
 * What a member sends to raise a family at a meeting: its reference and a summary that
 * names nobody.
 */
public class RaiseForm {

	private String reference;

	private String summary;

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
