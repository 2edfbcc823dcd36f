package org.familymatters.network.internal;

import java.util.UUID;

/**
 * A message to a network's members was sent: published in the transaction that kept it,
 * e-mailed to each member after the commit ({@link NetworkMessageMail}).
 *
 * @param messageId the message
 */
public record NetworkMessageSent(UUID messageId) {
}
