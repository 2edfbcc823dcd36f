/**
 * The embedded PostgreSQL the service starts when no external database is configured.
 */
package org.familymatters.shared.database;
