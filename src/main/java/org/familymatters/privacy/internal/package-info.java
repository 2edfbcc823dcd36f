/**
 * The privacy module's services: the retention schedule, its run and the requests.
 */
package org.familymatters.privacy.internal;
