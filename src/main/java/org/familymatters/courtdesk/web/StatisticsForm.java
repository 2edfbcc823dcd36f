package org.familymatters.courtdesk.web;

/**
 * The statistics filters, as typed: a court (empty for every court) and the first and
 * last months, each written as year and month (2026-03). Checked by
 * {@link StatisticsFormCheck}.
 */
public class StatisticsForm {

	private String court;

	private String from;

	private String to;

	public String getCourt() {
		return court;
	}

	public void setCourt(String court) {
		this.court = court;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

}
