/**
 * Operations tests: the packaged service in processes of its own, on a PostgreSQL of the
 * test's own, killed, restarted and cut off from its database as machines are.
 */
package org.familymatters.operations;
