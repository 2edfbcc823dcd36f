/**
 * What only the family module uses: its demo data.
 */
package org.familymatters.family.internal;
