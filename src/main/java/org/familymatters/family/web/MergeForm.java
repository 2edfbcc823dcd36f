package org.familymatters.family.web;

/** What a merge form sends: the record to keep, the one to merge into it, and why. */
public class MergeForm {

	private String kept;

	private String merged;

	private String reason;

	public String getKept() {
		return kept;
	}

	public void setKept(String kept) {
		this.kept = kept;
	}

	public String getMerged() {
		return merged;
	}

	public void setMerged(String merged) {
		this.merged = merged;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
