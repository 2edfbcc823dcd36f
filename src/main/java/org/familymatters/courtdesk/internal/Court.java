package org.familymatters.courtdesk.internal;

import java.util.UUID;

/**
 * A Crown Court with a court desk. Archived courts keep their history but take no new
 * sessions.
 */
public record Court(UUID id, String name, String town, String address, boolean archived, long version) {
}
