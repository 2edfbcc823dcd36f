package org.familymatters.family;

import java.time.Instant;
import java.util.UUID;

/** A note or event on a family's timeline: a call, visit, meeting, letter or note. */
public record TimelineEntry(UUID id, String kind, boolean aboutChildren, Instant occurredAt, String summary,
		String authorName) {
}
