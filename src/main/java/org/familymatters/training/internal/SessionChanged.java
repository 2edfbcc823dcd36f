package org.familymatters.training.internal;

import java.util.UUID;

/**
 * A session's date, time or place changed, or it was cancelled (published in the deciding
 * transaction; those booked are told after commit).
 *
 * @param sessionId the session
 * @param cancelled whether the session was cancelled
 * @param sequence how many times it has changed, for the calendar invitation's SEQUENCE
 */
public record SessionChanged(UUID sessionId, boolean cancelled, long sequence) {
}
