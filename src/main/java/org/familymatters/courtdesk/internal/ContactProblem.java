package org.familymatters.courtdesk.internal;

/**
 * What is wrong with a contact: the field at fault (as the contact form names it) and the
 * code of the message that says what to put right (in {@code messages.properties}). A
 * field of null is a problem with the whole contact.
 */
public record ContactProblem(String field, String code) {
}
