package org.familymatters.courtdesk.web;

import java.time.format.DateTimeFormatter;

import org.familymatters.courtdesk.internal.RotaSession;
import org.familymatters.shared.web.DateParts;

/** What the session form sends, as typed: it is checked by {@link SessionFormCheck}. */
public class SessionForm {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private String courtId;

	private DateParts date = new DateParts();

	private String startsAt;

	private String endsAt;

	private String volunteersNeeded;

	private String notes;

	private Long version;

	static SessionForm of(RotaSession session) {
		var form = new SessionForm();
		form.courtId = session.courtId().toString();
		form.date = DateParts.of(session.date());
		form.startsAt = TIME.format(session.startsAt());
		form.endsAt = TIME.format(session.endsAt());
		form.volunteersNeeded = String.valueOf(session.volunteersNeeded());
		form.notes = session.notes();
		form.version = session.version();
		return form;
	}

	public String getCourtId() {
		return courtId;
	}

	public void setCourtId(String courtId) {
		this.courtId = courtId;
	}

	public DateParts getDate() {
		return date;
	}

	public void setDate(DateParts date) {
		this.date = date;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt;
	}

	public String getVolunteersNeeded() {
		return volunteersNeeded;
	}

	public void setVolunteersNeeded(String volunteersNeeded) {
		this.volunteersNeeded = volunteersNeeded;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
