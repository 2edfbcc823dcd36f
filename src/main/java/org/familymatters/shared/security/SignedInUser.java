package org.familymatters.shared.security;

import java.util.UUID;

/** The signed-in user as the modules that must not know the identity module see them. */
public interface SignedInUser {

	UUID id();

	String username();

	UUID organisationId();

	String displayName();

}
