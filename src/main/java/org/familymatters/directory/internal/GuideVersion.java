package org.familymatters.directory.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.familymatters.shared.time.ServiceTime;

/**
 * One saved version of a guide. Versions are never changed or deleted.
 *
 * @param guideId the guide
 * @param number 1 for the first version, then counting up
 * @param title the title as saved
 * @param summary the summary as saved
 * @param body the Markdown as saved
 * @param authorName who saved it, as shown to staff
 * @param authorId the staff user who saved it; null for the service's starting content
 * @param createdAt when it was saved
 * @param changeNote what the author said they changed; may be null
 */
public record GuideVersion(UUID guideId, int number, String title, String summary, String body, String authorName,
		UUID authorId, Instant createdAt, String changeNote) {

	/** When it was saved, in UK time. */
	public LocalDateTime savedAt() {
		return LocalDateTime.ofInstant(createdAt, ServiceTime.ZONE);
	}

}
