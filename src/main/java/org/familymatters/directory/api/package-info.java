/**
 * The Open Referral UK API, and the directory exported as one Open Referral UK feed.
 */
package org.familymatters.directory.api;
