package org.familymatters.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.shared.web.DateParts;

/** What the needs assessment form sends: who, when, and each need area's answer. */
public class AssessmentForm {

	private String personId;

	private DateParts assessedOn = new DateParts();

	private String fromReferralId;

	private List<AreaAnswer> areas = new ArrayList<>();

	public String getPersonId() {
		return personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

	public DateParts getAssessedOn() {
		return assessedOn;
	}

	public void setAssessedOn(DateParts assessedOn) {
		this.assessedOn = assessedOn;
	}

	public String getFromReferralId() {
		return fromReferralId;
	}

	public void setFromReferralId(String fromReferralId) {
		this.fromReferralId = fromReferralId;
	}

	public List<AreaAnswer> getAreas() {
		return areas;
	}

	public void setAreas(List<AreaAnswer> areas) {
		this.areas = areas;
	}

}
