/**
 * The access annotations every handler declares, the signed-in user as modules see it,
 * and secrets shown once.
 */
package org.familymatters.shared.security;
