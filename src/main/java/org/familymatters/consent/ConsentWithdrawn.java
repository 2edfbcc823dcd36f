package org.familymatters.consent;

import java.util.UUID;

/**
 * A family's consent was withdrawn: published in the transaction that withdraws it, so
 * that modules which keep something only while consent covers it (a school's list of
 * pupils affected) can end it after the commit. What counts is decided again by the
 * access decision; this only says when to ask.
 *
 * @param familyId the family
 * @param consentId the consent withdrawn
 */
public record ConsentWithdrawn(UUID familyId, UUID consentId) {
}
