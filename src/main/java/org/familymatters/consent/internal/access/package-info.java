/**
 * The access decision's parts (ADR 0008): the facts it needs, read by
 * {@link org.familymatters.consent.internal.access.AccessFactLoader}, and the pure rules
 * that answer from those facts and a day
 * ({@link org.familymatters.consent.internal.access.AccessRule}) or a moment
 * ({@link org.familymatters.consent.internal.access.CourtDeskRule}).
 */
package org.familymatters.consent.internal.access;
