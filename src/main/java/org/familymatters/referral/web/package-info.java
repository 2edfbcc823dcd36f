/**
 * The referral pages: the staff and self-referral forms, the criteria, and triage.
 */
package org.familymatters.referral.web;
