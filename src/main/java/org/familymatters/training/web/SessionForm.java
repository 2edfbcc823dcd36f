package org.familymatters.training.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.DateParts;
import org.familymatters.training.internal.TrainingSession;
import org.familymatters.training.internal.TrainingSessions;

/** What the session form sends, as typed: checked by {@link SessionFormCheck}. */
public class SessionForm {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private DateParts date = new DateParts();

	private String startsAt;

	private String endsAt;

	private String venue;

	private String address;

	private String onlineLink;

	private String capacity;

	private String localityId;

	private List<String> trainers = new ArrayList<>();

	private String version;

	/** The form filled with the session as it is, to change it. */
	static SessionForm of(TrainingSession session, List<TrainingSessions.Person> trainers) {
		var form = new SessionForm();
		var starts = session.startsAt().atZone(ServiceTime.ZONE);
		form.date = DateParts.of(starts.toLocalDate());
		form.startsAt = TIME.format(starts);
		form.endsAt = TIME.format(session.endsAt().atZone(ServiceTime.ZONE));
		form.venue = session.venue();
		form.address = session.address();
		form.onlineLink = session.onlineLink();
		form.capacity = Integer.toString(session.capacity());
		form.localityId = (session.localityId() != null) ? session.localityId().toString() : null;
		form.trainers = new ArrayList<>(trainers.stream().map(t -> t.id().toString()).toList());
		form.version = Long.toString(session.version());
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

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity;
	}

	public String getLocalityId() {
		return localityId;
	}

	public void setLocalityId(String localityId) {
		this.localityId = localityId;
	}

	public List<String> getTrainers() {
		return trainers;
	}

	public void setTrainers(List<String> trainers) {
		this.trainers = trainers;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
