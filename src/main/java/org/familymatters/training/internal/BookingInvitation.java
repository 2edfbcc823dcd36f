package org.familymatters.training.internal;

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
 * A booked place as an iCalendar invitation (RFC 5545, with iTIP's METHOD, RFC 5546),
 * built with ical4j: one event whose UID is the booking's for its whole life and whose
 * SEQUENCE follows the session's version, so that a calendar replaces the invitation with
 * an update (METHOD:REQUEST) and removes it on a cancellation (METHOD:CANCEL,
 * STATUS:CANCELLED). Times in UTC, so no time zone definitions are needed; the organiser
 * is the service's e-mail address, the attendee whoever booked. Pure.
 */
public final class BookingInvitation {

	/** The calendar's PRODID. */
	public static final String PRODUCT = "-//Family Matters//Training sessions//EN";

	private BookingInvitation() {
	}

	/** The booking's UID, the same in its invitation, every update and cancellation. */
	public static String uid(UUID bookingId) {
		return "training-booking-" + bookingId + "@family-matters";
	}

	/**
	 * The invitation or its update (METHOD:REQUEST), or its cancellation (METHOD:CANCEL).
	 * @param session the session as it is now
	 * @param booking the booking
	 * @param sequence the SEQUENCE: the session's version, or higher for a cancellation
	 * @param cancel whether the invitation is withdrawn
	 * @param organiser the service's e-mail address (the ORGANIZER)
	 * @param page the link to the booking (the URL)
	 * @param stamp when it is made (DTSTAMP)
	 */
	public static String message(SessionSeats.Seats session, Booking booking, long sequence, boolean cancel,
			String organiser, String page, Instant stamp) {
		var calendar = new Calendar().withProdId(PRODUCT)
			.withDefaults()
			.withProperty(new Method(cancel ? Method.VALUE_CANCEL : Method.VALUE_REQUEST))
			.getFluentTarget();
		VEvent event = new VEvent(session.startsAt(), session.endsAt(), session.title());
		event.replace(new DtStamp(stamp));
		event.add(new Uid(uid(booking.id())));
		event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, sequence)));
		var where = session.where();
		if (where != null) {
			event.add(new Location(where));
		}
		var description = new StringBuilder("Family Matters training: " + session.title() + ".");
		if (session.onlineLink() != null) {
			description.append("\nJoin online: ").append(session.onlineLink());
		}
		description.append("\nYour booking, and to cancel it: ").append(page);
		event.add(new Description(description.toString()));
		event.add(new Url(URI.create(page)));
		event.add(new Organizer(new ParameterList(List.of(new Cn("Family Matters"))), mailto(address(organiser))));
		var parameters = new ArrayList<Parameter>();
		parameters.add(new Cn(booking.name()));
		parameters.add(Role.REQ_PARTICIPANT);
		parameters.add(PartStat.ACCEPTED);
		parameters.add(Rsvp.FALSE);
		event.add(new Attendee(new ParameterList(parameters), mailto(booking.email())));
		event.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
		calendar.add(event);
		return calendar.toString();
	}

	/**
	 * The bare address of a mailbox as the service's sender is configured, e.g. of
	 * "Family Matters &lt;family-matters@example.org&gt;".
	 */
	static String address(String mailbox) {
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
			throw new IllegalArgumentException("Not an e-mail address", ex);
		}
	}

}
