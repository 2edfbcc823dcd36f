/**
 * The audit module's own services: reading the trail back, and the words for every action
 * the modules record.
 */
package org.familymatters.audit.internal;
