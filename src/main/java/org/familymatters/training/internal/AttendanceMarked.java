package org.familymatters.training.internal;

import java.util.UUID;

/**
 * A trainer marked a booking as attended. Published in the transaction that marks it;
 * once it is committed the attendee is e-mailed a link to give feedback
 * ({@link FeedbackMail}).
 *
 * @param bookingId the booking
 */
public record AttendanceMarked(UUID bookingId) {
}
