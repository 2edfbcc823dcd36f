package org.familymatters.identity.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's username was locked after repeated failed sign-ins: they are e-mailed once the
 * lock is committed ({@link SignInLockMail}).
 *
 * @param userId the user
 * @param lockedUntil when the lock ends
 */
public record SignInLocked(UUID userId, Instant lockedUntil) {
}
