package org.familymatters.school.internal;

import java.util.UUID;

/**
 * A school was told that one of its pupils has a parent or carer in custody: published in
 * the transaction that adds the pupil to its list; {@link SchoolMail} e-mails the
 * school's designated contact after the commit.
 *
 * @param notificationId the pupil's place on the school's list
 */
public record SchoolTold(UUID notificationId) {
}
