package org.familymatters.shared.privacy;

import java.util.UUID;

/**
 * What the owning module did on a {@link RectificationApproved}: published in the
 * transaction that made the change, and recorded by the privacy module with the request.
 *
 * @param requestId the request
 * @param module the module that owns the record
 * @param description what was corrected, in words, without the old or new value (for
 * example "Date of birth corrected on a person's record")
 */
public record PersonalDataRectified(UUID requestId, String module, String description) {
}
