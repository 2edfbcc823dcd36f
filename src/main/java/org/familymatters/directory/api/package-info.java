/**
 * The Open Referral UK API, and the directory's import and export.
 */
package org.familymatters.directory.api;
