package org.familymatters.directory.internal;

import java.util.List;
import java.util.UUID;

/**
 * What an editor writes about a resource. Checked again on save: the same rules as the
 * form's.
 *
 * @param publisher may be null or blank (stored as null)
 * @param url may be null or blank (stored as null); otherwise a web address
 * @param topicId a term of the needs taxonomy, or null
 */
public record ResourceDraft(Resource.Kind kind, String title, String publisher, String summary, String url,
		List<Resource.Audience> audiences, UUID topicId) {
}
