package org.familymatters.network.web;

/** What the form of a message to a network's members sends. */
public class MessageForm {

	private String subject;

	private String body;

	private String confirmNoNames;

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getConfirmNoNames() {
		return confirmNoNames;
	}

	public void setConfirmNoNames(String confirmNoNames) {
		this.confirmNoNames = confirmNoNames;
	}

}
