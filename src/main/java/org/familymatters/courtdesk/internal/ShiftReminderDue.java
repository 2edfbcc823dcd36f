package org.familymatters.courtdesk.internal;

import java.util.UUID;

/**
 * A volunteer's shift is due its reminder e-mail: published by {@link ShiftReminders} in
 * the transaction that marks the shift reminded, handled by {@link ShiftReminderMail}.
 * Kept in the event publication registry until the e-mail is sent.
 *
 * @param sessionId the session on the rota
 * @param volunteerId the volunteer signed up for it
 */
public record ShiftReminderDue(UUID sessionId, UUID volunteerId) {
}
