/**
 * The network module's services, rules and audit actions, used by its pages only.
 */
package org.familymatters.network.internal;
