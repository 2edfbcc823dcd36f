package org.familymatters.network.web;

/** What the form to write a new version of a network's document sends. */
public class DocumentForm {

	private String body;

	private String seen;

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getSeen() {
		return seen;
	}

	public void setSeen(String seen) {
		this.seen = seen;
	}

}
