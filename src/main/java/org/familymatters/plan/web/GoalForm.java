package org.familymatters.plan.web;

/** What the goal form sends. */
public class GoalForm {

	private String needAreaId;

	private String text;

	private Long version;

	public String getNeedAreaId() {
		return needAreaId;
	}

	public void setNeedAreaId(String needAreaId) {
		this.needAreaId = needAreaId;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
