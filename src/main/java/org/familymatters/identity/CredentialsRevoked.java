package org.familymatters.identity;

import java.util.UUID;

/**
 * A user's credentials were taken back: their password was reset, or they were disabled.
 * Identity revokes their API tokens in the same transaction; every module that gives the
 * user a credential of its own (a court desk calendar link) stops it when this arrives,
 * after the commit.
 *
 * @param userId the user
 * @param why what happened, for the audit trail: {@code password reset} or
 * {@code disabled}
 */
public record CredentialsRevoked(UUID userId, String why) {

	/** A reset password. */
	public static final String PASSWORD_RESET = "password reset";

	/** A disabled user. */
	public static final String DISABLED = "disabled";

}
