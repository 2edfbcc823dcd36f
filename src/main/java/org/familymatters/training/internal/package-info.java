/**
 * The training module's services, rules and audit actions, used by its pages only.
 */
package org.familymatters.training.internal;
