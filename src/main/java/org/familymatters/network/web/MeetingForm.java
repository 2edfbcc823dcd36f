package org.familymatters.network.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.familymatters.network.internal.Meeting;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;

/**
 * What the meeting form sends, as typed: checked by {@link MeetingFormCheck}.
 */
public class MeetingForm {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private DateParts date = new DateParts();

	private String startsAt;

	private String endsAt;

	private String place;

	private String onlineLink;

	private Long version;

	/** The form filled with the meeting as it is, to change it. */
	static MeetingForm of(Meeting meeting) {
		var form = new MeetingForm();
		var starts = meeting.startsAt().atZone(ServiceTime.ZONE);
		form.date = DateParts.of(starts.toLocalDate());
		form.startsAt = TIME.format(starts);
		form.endsAt = TIME.format(meeting.endsAt().atZone(ServiceTime.ZONE));
		form.place = meeting.place();
		form.onlineLink = meeting.onlineLink();
		form.version = meeting.version();
		return form;
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

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
