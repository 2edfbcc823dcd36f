package org.familymatters.audit.web;

import org.familymatters.shared.web.DateParts;

/**
 * What the audit search form sends, as typed or chosen: who acted, the action, the
 * record's type and id, the outcome, and the first and last days. Every field is
 * optional.
 */
public class AuditSearchForm {

	private String actor;

	private String action;

	private String recordType;

	private String recordId;

	private String outcome;

	private DateParts from = new DateParts();

	private DateParts to = new DateParts();

	public String getActor() {
		return actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getRecordType() {
		return recordType;
	}

	public void setRecordType(String recordType) {
		this.recordType = recordType;
	}

	public String getRecordId() {
		return recordId;
	}

	public void setRecordId(String recordId) {
		this.recordId = recordId;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public DateParts getFrom() {
		return from;
	}

	public void setFrom(DateParts from) {
		this.from = from;
	}

	public DateParts getTo() {
		return to;
	}

	public void setTo(DateParts to) {
		this.to = to;
	}

}
