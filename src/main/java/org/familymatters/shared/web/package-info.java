/**
 * The page layout, GOV.UK view helpers, error pages and problem details, shared by every
 * module's pages.
 */
package org.familymatters.shared.web;
