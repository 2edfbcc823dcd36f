package org.familymatters.shared.web;

import java.util.Set;

/**
 * An entry in the service navigation, contributed as a bean by the module that owns the
 * pages.
 *
 * @param label what the link says
 * @param href where it goes; the entry is marked current on this path and below
 * @param authorities who sees it (e.g. {@code ROLE_ADMINISTRATOR}); empty means every
 * signed-in user; {@link #EVERYONE} adds people who are not signed in,
 * {@link #SIGNED_OUT} means only them
 * @param order position, lowest first
 */
public record NavigationEntry(String label, String href, Set<String> authorities, int order) {

	/** Shown to everyone, signed in or not (the public pages). */
	public static final String EVERYONE = "EVERYONE";

	/** Shown only to people who are not signed in (signing in, asking for support). */
	public static final String SIGNED_OUT = "SIGNED_OUT";

	/** Whether someone not signed in sees it. */
	public boolean forSignedOut() {
		return authorities.contains(EVERYONE) || authorities.contains(SIGNED_OUT);
	}

	/** Whether a signed-in person with these authorities sees it. */
	public boolean forSignedIn(Set<String> held) {
		if (authorities.contains(SIGNED_OUT)) {
			return false;
		}
		return authorities.isEmpty() || authorities.contains(EVERYONE) || authorities.stream().anyMatch(held::contains);
	}

}
