package org.familymatters.shared.security;

import java.util.Optional;
import java.util.UUID;

/** The signed-in user as the modules that must not know the identity module see them. */
public interface SignedInUser {

	UUID id();

	String username();

	UUID organisationId();

	String displayName();

	/**
	 * The API token the user acts through in this request, if they do: what the token
	 * does is audited against it. Empty for a signed-in page.
	 */
	default Optional<UUID> apiTokenId() {
		return Optional.empty();
	}

}
