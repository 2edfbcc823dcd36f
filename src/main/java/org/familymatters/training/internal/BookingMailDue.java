package org.familymatters.training.internal;

import java.util.UUID;

/**
 * Published in the transaction that decided something about a booking: after its commit,
 * {@link BookingMail} e-mails whoever booked, once per booking and kind.
 *
 * @param bookingId the booking
 * @param kind what the e-mail says
 */
public record BookingMailDue(UUID bookingId, Kind kind) {

	/**
	 * What an e-mail about a booking says (its {@code training_mail} kind is the name).
	 */
	public enum Kind {

		/** A place is booked: the joining instructions and the invitation. */
		CONFIRMATION,

		/** On the waiting list, with their number in it. */
		WAITING_LIST,

		/**
		 * A place became free and is theirs: the joining instructions and the invitation.
		 */
		PLACE_OFFERED,

		/** The session is in two days: the joining instructions again. */
		REMINDER,

		/** They cancelled their place: the invitation taken out of their calendar. */
		CANCELLED

	}

}
