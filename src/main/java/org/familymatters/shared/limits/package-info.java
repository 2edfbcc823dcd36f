/**
 * Limits on how often one client address may call the open endpoints and public forms.
 */
package org.familymatters.shared.limits;
