/**
 * The audit trail's REST API, for administrators.
 */
package org.familymatters.audit.api;
