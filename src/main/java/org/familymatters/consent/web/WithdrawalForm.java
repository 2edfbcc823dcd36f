package org.familymatters.consent.web;

/** What the withdrawal form sends: how the consent was withdrawn. */
public class WithdrawalForm {

	private String note;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
