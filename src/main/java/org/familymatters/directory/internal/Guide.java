package org.familymatters.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.shared.time.ServiceTime;

/**
 * A guide for families, as it stands now: its current version's title and summary, when
 * that version was saved and by whom.
 *
 * @param id the guide's id
 * @param slug its address under {@code /guides/}
 * @param title the current title
 * @param summary the current summary, shown in the list of guides
 * @param position where it comes in the journey, lowest first
 * @param currentVersion the number of the version families see
 * @param status {@code published} or {@code archived} (archived guides are not shown to
 * the public)
 * @param updatedAt when the current version was saved
 * @param updatedBy who saved it
 * @param version the optimistic lock: a save from an older one is refused
 */
public record Guide(UUID id, String slug, String title, String summary, int position, int currentVersion, String status,
		Instant updatedAt, String updatedBy, long version) {

	/** The status of a guide the public can read. */
	public static final String PUBLISHED = "published";

	public boolean published() {
		return PUBLISHED.equals(status);
	}

	/** The day the current version was saved, in the UK. */
	public LocalDate updatedOn() {
		return LocalDate.ofInstant(updatedAt, ServiceTime.ZONE);
	}

}
