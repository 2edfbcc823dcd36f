package org.familymatters.network.internal;

import java.time.Instant;

/**
 * What the coordinator decides about a meeting: when it starts and ends, and where.
 *
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param place where it is held; null for none
 * @param onlineLink an http or https address to join it online; null for none
 */
public record MeetingDetails(Instant startsAt, Instant endsAt, String place, String onlineLink) {

}
