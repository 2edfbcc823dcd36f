package org.familymatters.privacy.web;

import org.familymatters.shared.web.DateParts;

/**
 * What the decision form sends, as typed; {@link DecisionFormCheck} checks it. For a
 * correction: the person's record, the field and the corrected value (a date of birth in
 * its own three boxes).
 */
public class DecisionForm {

	private String outcome;

	private String reason;

	private String personId;

	private String field;

	private String correctedValue;

	private DateParts correctedDate = new DateParts();

	private Long version;

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getPersonId() {
		return personId;
	}

	public void setPersonId(String personId) {
		this.personId = personId;
	}

	public String getField() {
		return field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getCorrectedValue() {
		return correctedValue;
	}

	public void setCorrectedValue(String correctedValue) {
		this.correctedValue = correctedValue;
	}

	public DateParts getCorrectedDate() {
		return correctedDate;
	}

	public void setCorrectedDate(DateParts correctedDate) {
		this.correctedDate = correctedDate;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
