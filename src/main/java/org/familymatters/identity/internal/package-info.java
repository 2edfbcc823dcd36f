/**
 * What only the identity module uses: sign-in, security configuration, first start and
 * demo data.
 */
package org.familymatters.identity.internal;
