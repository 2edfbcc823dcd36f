package org.familymatters.shared.privacy;

import java.util.UUID;

/**
 * The data protection officer decided to carry out a request to erase a person's data (UK
 * GDPR article 17): published by the privacy module in the deciding transaction. Each
 * module that holds personal data erases (deletes or anonymises) its own rows about the
 * person in a listener of its own, and answers with {@link PersonalDataErased}; no module
 * touches another's rows (ADR 0018). A listener may receive the event more than once and
 * must leave the same result.
 *
 * @param requestId the request: the basis reference of every audit event the erasure
 * leaves
 * @param subject the person, as the officer confirmed them
 */
public record ErasureApproved(UUID requestId, DataSubject subject) {
}
