/**
 * What only the consent module uses.
 */
package org.familymatters.consent.internal;
