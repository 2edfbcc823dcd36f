package org.familymatters.network.web;

/** Other business for the agenda: a title and what it is about. */
public class OtherForm {

	private String title;

	private String text;

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
