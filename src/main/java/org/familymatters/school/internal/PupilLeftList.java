package org.familymatters.school.internal;

import java.util.UUID;

/**
 * A pupil left a school's list of pupils affected (consent no longer covers the school):
 * published in the transaction that ends the notification; {@link SchoolMail} tells the
 * school's designated contact after the commit, without saying who or why.
 *
 * @param notificationId the pupil's place on the school's list, now ended
 */
public record PupilLeftList(UUID notificationId) {
}
