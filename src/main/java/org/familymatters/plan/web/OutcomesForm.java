package org.familymatters.plan.web;

import org.familymatters.shared.web.DateParts;

/**
 * The outcomes report's filters, as typed: the first and last days (GOV.UK date inputs)
 * and a locality (empty for all). Checked by {@link OutcomesFormCheck}.
 */
public class OutcomesForm {

	private DateParts from = new DateParts();

	private DateParts to = new DateParts();

	private String locality;

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

	public String getLocality() {
		return locality;
	}

	public void setLocality(String locality) {
		this.locality = locality;
	}

}
