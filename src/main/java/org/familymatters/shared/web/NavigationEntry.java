package org.familymatters.shared.web;

import java.util.Set;

/**
 * An entry in the service navigation, contributed as a bean by the module that owns the
 * pages.
 *
 * @param label what the link says
 * @param href where it goes; the entry is marked current on this path and below
 * @param authorities who sees it (e.g. {@code ROLE_ADMINISTRATOR}); empty means every
 * signed-in user
 * @param order position, lowest first
 */
public record NavigationEntry(String label, String href, Set<String> authorities, int order) {
}
