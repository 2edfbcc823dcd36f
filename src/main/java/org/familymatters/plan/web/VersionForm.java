package org.familymatters.plan.web;

/** What a button that changes the plan sends: the plan's version as shown. */
public class VersionForm {

	private Long version;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
