package org.familymatters.family.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.TimelineEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child's timeline: the events they took part in and their parents' parenting programme
 * sessions, nothing else of the family's timeline.
 */
class ChildTimelineTest {

	static final UUID CHILD = UUID.randomUUID();

	static final UUID SISTER = UUID.randomUUID();

	static final UUID MOTHER = UUID.randomUUID();

	@Test
	void showsWhatTheChildTookPartInAndTheParentingSessions() {
		var familyDay = entry("family_day", true, CHILD, MOTHER);
		var session = entry("parenting_session", false, MOTHER);
		var sistersVisit = entry("visit", true, SISTER, MOTHER);
		var note = new TimelineEntry(UUID.randomUUID(), "note", true, Instant.now(), "A note", null);
		var timeline = List.of(familyDay, session, sistersVisit, note);
		assertThat(ChildTimeline.of(timeline, CHILD)).containsExactly(familyDay, session);
		assertThat(ChildTimeline.of(timeline, SISTER)).containsExactly(session, sistersVisit);
	}

	private static TimelineEntry entry(String kind, boolean tie, UUID... people) {
		return new TimelineEntry(UUID.randomUUID(), kind, true, Instant.now(), null, "Author", tie, List.of(people),
				"HMP Bullingdon", null, null, null);
	}

}
