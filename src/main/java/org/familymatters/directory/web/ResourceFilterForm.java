package org.familymatters.directory.web;

/** What the resources page's filter sends. Both fields are optional. */
public class ResourceFilterForm {

	private String audience;

	private String topic;

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

}
