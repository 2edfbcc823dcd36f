/**
 * The audit trail's pages, for administrators.
 */
package org.familymatters.audit.web;
