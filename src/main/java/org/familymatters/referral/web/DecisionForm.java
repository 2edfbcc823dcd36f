package org.familymatters.referral.web;

import java.util.ArrayList;
import java.util.List;

/**
 * What the triage page's decision forms send: each form sends its own fields and the
 * version seen.
 */
public class DecisionForm {

	private Long version;

	private String familyId;

	private List<String> same = new ArrayList<>();

	private String q;

	private List<String> services = new ArrayList<>();

	private String signpostNote;

	private String declineReason;

	private String keyWorkerId;

	private List<String> criteria;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getFamilyId() {
		return familyId;
	}

	public void setFamilyId(String familyId) {
		this.familyId = familyId;
	}

	public List<String> getSame() {
		return same;
	}

	public void setSame(List<String> same) {
		this.same = same;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public List<String> getServices() {
		return services;
	}

	public void setServices(List<String> services) {
		this.services = services;
	}

	public String getSignpostNote() {
		return signpostNote;
	}

	public void setSignpostNote(String signpostNote) {
		this.signpostNote = signpostNote;
	}

	public String getDeclineReason() {
		return declineReason;
	}

	public void setDeclineReason(String declineReason) {
		this.declineReason = declineReason;
	}

	public String getKeyWorkerId() {
		return keyWorkerId;
	}

	public void setKeyWorkerId(String keyWorkerId) {
		this.keyWorkerId = keyWorkerId;
	}

	/** The criteria ticked; null until the criteria form is sent or filled in. */
	public List<String> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<String> criteria) {
		this.criteria = criteria;
	}

}
