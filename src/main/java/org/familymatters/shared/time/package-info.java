/**
 * The service's time zone and its clock.
 */
package org.familymatters.shared.time;
