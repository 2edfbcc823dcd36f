package org.familymatters.family.internal;

import java.util.List;
import java.util.UUID;

import org.familymatters.family.TimelineEntry;

/**
 * One child's timeline, from the family's timeline as the user may see it: the events the
 * child took part in (a visit, a family day) and the parenting programme sessions their
 * parents attended. Pure: a unit test drives it.
 */
public final class ChildTimeline {

	private ChildTimeline() {
	}

	/** The entries of {@code timeline} on the child's timeline, in the same order. */
	public static List<TimelineEntry> of(List<TimelineEntry> timeline, UUID childId) {
		return timeline.stream().filter(t -> t.tookPart(childId) || t.parentingSession()).toList();
	}

}
