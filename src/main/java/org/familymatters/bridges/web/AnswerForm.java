package org.familymatters.bridges.web;

/** What the family says to having the person home on release, in their words. */
public class AnswerForm {

	private String answer;

	private String says;

	private Long version;

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getSays() {
		return says;
	}

	public void setSays(String says) {
		this.says = says;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
