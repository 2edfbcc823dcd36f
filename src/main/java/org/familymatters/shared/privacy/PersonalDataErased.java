package org.familymatters.shared.privacy;

import java.util.UUID;

/**
 * What one module did on an {@link ErasureApproved}: published by the module's listener
 * in the transaction that erased its rows, and recorded by the privacy module with the
 * request, so that the person's package and the request's page show it.
 *
 * @param requestId the request
 * @param module the module that acted, by its name (for example {@code family})
 * @param description what it did, in words and counts, never naming anyone (for example
 * "1 person's details made anonymous; 2 attachments deleted")
 */
public record PersonalDataErased(UUID requestId, String module, String description) {
}
