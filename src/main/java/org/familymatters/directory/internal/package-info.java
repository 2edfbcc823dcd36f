/**
 * What only the directory module uses: its commands and demo data.
 */
package org.familymatters.directory.internal;
