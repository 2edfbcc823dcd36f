package org.familymatters.network.internal;

import java.util.UUID;

/**
 * A version of a meeting's minutes was published. Published in the transaction that
 * publishes it; every member is e-mailed once it is committed ({@link MinutesMail}).
 *
 * @param meetingId the meeting
 * @param number the version published
 */
public record MinutesPublished(UUID meetingId, int number) {
}
