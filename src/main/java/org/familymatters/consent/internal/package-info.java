/**
 * What only the consent module uses: consents, safeguarding requests and their audit
 * actions; the access decision's facts and rules are in {@code access}.
 */
package org.familymatters.consent.internal;
