package org.familymatters.family;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A note or event on a family's timeline: a call, visit, meeting, letter or note; or one
 * of the family's ties with the person in custody (a prison visit, a family day, a call
 * or a letter the family reports, a parenting programme session a parent attended).
 *
 * @param id the entry
 * @param kind {@code call}, {@code visit}, {@code meeting}, {@code letter}, {@code note},
 * {@code family_day} or {@code parenting_session}
 * @param aboutChildren whether it is a note about the children (agencies whose consent
 * covers those see it)
 * @param occurredAt when it happened
 * @param summary what happened; may be empty for the family's ties
 * @param authorName who recorded it
 * @param familyTie whether it is the family's contact with the person in custody
 * @param people who of the family took part (empty when not recorded)
 * @param prisonName the prison of a visit, family day or session inside; null otherwise
 * @param programmeName the parenting programme of a session; null otherwise
 * @param setting {@code in_prison} or {@code in_community} for a session; null otherwise
 * @param place where a session in the community was held; null otherwise
 */
public record TimelineEntry(UUID id, String kind, boolean aboutChildren, Instant occurredAt, String summary,
		String authorName, boolean familyTie, List<UUID> people, String prisonName, String programmeName,
		String setting, String place) {

	public TimelineEntry {
		people = (people != null) ? List.copyOf(people) : List.of();
	}

	/** A support worker's own entry, with nobody recorded as taking part. */
	public TimelineEntry(UUID id, String kind, boolean aboutChildren, Instant occurredAt, String summary,
			String authorName) {
		this(id, kind, aboutChildren, occurredAt, summary, authorName, false, List.of(), null, null, null, null);
	}

	/** Whether this is a parenting programme session. */
	public boolean parentingSession() {
		return "parenting_session".equals(kind);
	}

	/** Whether this person took part. */
	public boolean tookPart(UUID personId) {
		return people.contains(personId);
	}

}
