package org.familymatters.shared.privacy;

import java.util.Optional;
import java.util.UUID;

/**
 * The port through which the access decision (consent module) reads what a request lets
 * the data protection officer see, without depending on the privacy module that keeps the
 * requests and implements it (ADR 0017): the privacy module depends on the family and
 * consent modules, so the dependency cannot run the other way.
 */
public interface SubjectAccessGrants {

	/** The request's grant, read now; empty when there is no such request. */
	Optional<SubjectAccessGrant> grant(UUID requestId);

}
