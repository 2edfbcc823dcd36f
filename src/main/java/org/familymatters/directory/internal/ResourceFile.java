package org.familymatters.directory.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.directory.internal.FileTypes.FileType;
import org.familymatters.shared.time.ServiceTime;

/**
 * One version of a resource's file, without its content.
 *
 * @param resourceId the resource it belongs to
 * @param number its version, from 1
 * @param fileName the name it is downloaded under, with the extension of its type
 * @param type what its content is
 * @param sizeBytes how large it is
 * @param changeNote what changed since the version before; null for none
 * @param uploadedBy who uploaded it, as people read their name
 * @param uploadedAt when
 */
public record ResourceFile(UUID resourceId, int number, String fileName, FileType type, long sizeBytes,
		String changeNote, String uploadedBy, Instant uploadedAt) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	/** The longest note of what changed accepted. */
	public static final int CHANGE_NOTE_MAX = 500;

	/** Its size as people read it: "1.2 MB". */
	public String sizeLabel() {
		return FileTypes.sizeLabel(sizeBytes);
	}

	/** Where anyone downloads it. */
	public String href() {
		return "/resources/" + resourceId + "/files/" + number;
	}

	/**
	 * What the resources page says of it: "PDF, 1.2 MB, version 3, updated 1 December
	 * 2026".
	 */
	public String describe() {
		return type.label() + ", " + sizeLabel() + ", version " + number + ", updated "
				+ DATE.format(uploadedAt.atZone(ServiceTime.ZONE));
	}

}
