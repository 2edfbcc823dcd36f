package org.familymatters.consent.internal.access;

import java.util.Set;
import java.util.UUID;

import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;

/**
 * Who asks: the signed-in user, their roles and their organisation.
 *
 * @param id the user; null for nobody signed in
 * @param roles the roles they hold
 * @param organisation their organisation; null when it is not on record
 */
public record Viewer(UUID id, Set<Role> roles, Organisation organisation) {

	/** Nobody signed in. */
	public static final Viewer ANONYMOUS = new Viewer(null, Set.of(), null);

	public Viewer {
		roles = Set.copyOf(roles);
	}

	public boolean signedIn() {
		return id != null;
	}

	public boolean holds(Role role) {
		return roles.contains(role);
	}

	/**
	 * The viewer's organisation, as the rule needs it.
	 *
	 * @param id the organisation
	 * @param type its type (a school sees only its own pupils)
	 * @param localityId its locality; null for one that works across every locality
	 * @param active whether it is still active
	 */
	public record Organisation(UUID id, OrganisationType type, UUID localityId, boolean active) {
	}

}
