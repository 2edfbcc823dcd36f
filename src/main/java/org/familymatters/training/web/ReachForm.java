package org.familymatters.training.web;

import org.familymatters.shared.web.DateParts;

/**
 * The reach report's filters, as typed: the first and last days (GOV.UK date inputs), a
 * locality, a sector, a role and a seniority (each empty for all). Checked by
 * {@link ReachFormCheck}.
 */
public class ReachForm {

	private DateParts from = new DateParts();

	private DateParts to = new DateParts();

	private String locality;

	private String sector;

	private String role;

	private String seniority;

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

	public String getSector() {
		return sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getSeniority() {
		return seniority;
	}

	public void setSeniority(String seniority) {
		this.seniority = seniority;
	}

}
