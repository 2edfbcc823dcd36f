/**
 * Scheduled work, one instance at a time, and the retry of failed event listeners.
 */
package org.familymatters.shared.jobs;
