package org.familymatters.network.web;

/** An item's minute, and the draft's version it was written in. */
public class MinuteForm {

	private String text;

	private String number;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

}
