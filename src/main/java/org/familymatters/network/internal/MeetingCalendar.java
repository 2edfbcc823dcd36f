package org.familymatters.network.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * A meeting as iCalendar (RFC 5545, with iTIP's METHOD, RFC 5546), built with ical4j: one
 * event whose UID is the same for the meeting's whole life and whose SEQUENCE is the
 * meeting's, so that a calendar replaces the earlier invitation with an update and
 * removes it on a cancellation. Times in UTC, so no time zone definitions are needed. The
 * summary is "{network} meeting"; nothing about any family. Pure.
 */
public final class MeetingCalendar {

	/** The calendar's PRODID. */
	public static final String PRODUCT = "-//Family Matters//Network meetings//EN";

	private MeetingCalendar() {
	}

	/** The meeting's UID, the same in every invitation, update and cancellation. */
	public static String uid(UUID meetingId) {
		return "network-meeting-" + meetingId + "@family-matters";
	}

	/**
	 * An invitation or update (METHOD:REQUEST) or, for a cancelled meeting, a
	 * cancellation (METHOD:CANCEL, STATUS:CANCELLED), to send by e-mail.
	 * @param meeting the meeting as it is now
	 * @param networkName its network's name, for the summary
	 * @param organiser the service's e-mail address (the ORGANIZER)
	 * @param page the meeting page's address (the URL)
	 * @param invitees the members and the coordinator (each an ATTENDEE)
	 * @param stamp when it is made (DTSTAMP)
	 */
	public static String message(Meeting meeting, String networkName, String organiser, String page,
			List<Invitee> invitees, Instant stamp) {
		return build(meeting, networkName, meeting.cancelled() ? Method.VALUE_CANCEL : Method.VALUE_REQUEST, organiser,
				page, invitees, stamp);
	}

	/**
	 * The meeting to save in one's own calendar from its page (METHOD:PUBLISH), with the
	 * same UID and SEQUENCE as the e-mails.
	 */
	public static String download(Meeting meeting, String networkName, String organiser, String page, Instant stamp) {
		return build(meeting, networkName, Method.VALUE_PUBLISH, organiser, page, List.of(), stamp);
	}

	private static String build(Meeting meeting, String networkName, String method, String organiser, String page,
			List<Invitee> invitees, Instant stamp) {
		var calendar = new Calendar().withProdId(PRODUCT)
			.withDefaults()
			.withProperty(new Method(method))
			.getFluentTarget();
		VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), networkName + " meeting");
		event.replace(new DtStamp(stamp));
		event.add(new Uid(uid(meeting.id())));
		event.add(new Sequence(meeting.sequence()));
		if (meeting.place() != null) {
			event.add(new Location(meeting.place()));
		}
		else if (meeting.onlineLink() != null) {
			event.add(new Location(meeting.onlineLink()));
		}
		var description = new StringBuilder("The " + networkName + " meeting. Details and the agenda: " + page);
		if (meeting.onlineLink() != null) {
			description.append("\nJoin online: ").append(meeting.onlineLink());
		}
		event.add(new Description(description.toString()));
		event.add(new Url(URI.create(page)));
		event.add(new Organizer(new ParameterList(List.of(new Cn("Family Matters"))), mailto(organiser)));
		for (var invitee : invitees) {
			if (invitee.email() == null || invitee.email().isBlank()) {
				continue;
			}
			var parameters = new ArrayList<Parameter>();
			if (invitee.name() != null) {
				parameters.add(new Cn(invitee.name()));
			}
			parameters.add(invitee.chair() ? Role.CHAIR : Role.REQ_PARTICIPANT);
			parameters.add(PartStat.NEEDS_ACTION);
			parameters.add(Rsvp.FALSE);
			event.add(new Attendee(new ParameterList(parameters), mailto(invitee.email())));
		}
		event.add(new Status(meeting.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
		calendar.add(event);
		return calendar.toString();
	}

	/**
	 * The bare address of a mailbox as the service's sender is configured, e.g. of
	 * "Family Matters &lt;family-matters@example.org&gt;".
	 */
	public static String address(String mailbox) {
		try {
			return new InternetAddress(mailbox).getAddress();
		}
		catch (AddressException ex) {
			return mailbox;
		}
	}

	private static URI mailto(String email) {
		try {
			return new URI("mailto", email.strip(), null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("Not an e-mail address: " + email, ex);
		}
	}

	/**
	 * Someone invited: a member or the coordinator.
	 *
	 * @param name their name
	 * @param email their e-mail address
	 * @param chair whether they chair it (the coordinator)
	 */
	public record Invitee(String name, String email, boolean chair) {
	}

}
