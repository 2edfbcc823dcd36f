/**
 * The consent pages: a family's consent, the printable consent form, and sharing without
 * consent (asking, and a designated safeguarding lead's decision).
 */
package org.familymatters.consent.web;
