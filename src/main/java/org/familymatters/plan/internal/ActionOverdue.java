package org.familymatters.plan.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An open action passed its due date. Published by {@link OverdueActions} in the
 * transaction that marks it; its owners are e-mailed once it is committed (through the
 * event publication registry, so a send that fails is retried, also after a restart).
 *
 * @param actionId the action
 * @param dueOn the due date it passed
 */
public record ActionOverdue(UUID actionId, LocalDate dueOn) {
}
