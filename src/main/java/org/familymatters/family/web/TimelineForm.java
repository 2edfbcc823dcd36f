package org.familymatters.family.web;

import java.util.ArrayList;
import java.util.List;

import org.familymatters.shared.web.DateParts;

/** What the timeline entry form sends, as typed; {@link FamilyFormCheck} checks it. */
public class TimelineForm {

	private String kind;

	private List<String> aboutChildren = new ArrayList<>();

	private DateParts occurredOn = new DateParts();

	private String time;

	private String summary;

	private String idempotencyKey;

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public List<String> getAboutChildren() {
		return aboutChildren;
	}

	public void setAboutChildren(List<String> aboutChildren) {
		this.aboutChildren = aboutChildren;
	}

	public DateParts getOccurredOn() {
		return occurredOn;
	}

	public void setOccurredOn(DateParts occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = time;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
