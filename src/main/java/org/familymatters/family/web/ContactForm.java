package org.familymatters.family.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.shared.web.DateParts;

/**
 * What the "Record family contact" form sends, as typed; {@link TiesFormCheck} checks it.
 */
public class ContactForm {

	private String kind;

	private DateParts occurredOn = new DateParts();

	private String prisonId;

	private List<String> people = new ArrayList<>();

	private String summary;

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public DateParts getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(DateParts occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getPrisonId() {
		return prisonId;
	}

	public void setPrisonId(String prisonId) {
		this.prisonId = prisonId;
	}

	public List<String> getPeople() {
		return people;
	}

	public void setPeople(List<String> people) {
		this.people = people;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
