/**
 * The privacy module's pages.
 */
package org.familymatters.privacy.web;
