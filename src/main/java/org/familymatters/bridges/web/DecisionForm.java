package org.familymatters.bridges.web;

/**
 * A designated safeguarding lead's decision on a safeguarding check, with what it rests
 * on.
 */
public class DecisionForm {

	private String decision;

	private String domesticAbuse;

	private String riskToChildren;

	private String licenceConditions;

	private String reason;

	private Long version;

	public String getDecision() {
		return decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getDomesticAbuse() {
		return domesticAbuse;
	}

	public void setDomesticAbuse(String domesticAbuse) {
		this.domesticAbuse = domesticAbuse;
	}

	public String getRiskToChildren() {
		return riskToChildren;
	}

	public void setRiskToChildren(String riskToChildren) {
		this.riskToChildren = riskToChildren;
	}

	public String getLicenceConditions() {
		return licenceConditions;
	}

	public void setLicenceConditions(String licenceConditions) {
		this.licenceConditions = licenceConditions;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
