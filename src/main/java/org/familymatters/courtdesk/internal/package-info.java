/**
 * What only the court desk module uses: its scheduling and demo data.
 */
package org.familymatters.courtdesk.internal;
