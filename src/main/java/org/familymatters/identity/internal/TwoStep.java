package org.familymatters.identity.internal;

import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccounts;
import org.familymatters.shared.security.Secrets;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in with a time-based one-time code (RFC 6238: SHA-1, 6 digits, 30
 * seconds, one step either side allowed) from an authenticator app, through the
 * {@code dev.samstevens.totp} library. A person sets it up on their account page by
 * scanning a QR code (or typing the key) and entering a code; they are then shown ten
 * recovery codes once, of which only hashes are kept. A code is accepted once: the step
 * of the last code used is kept. Required for the roles configured
 * ({@link TwoStepProperties}).
 */
@Service
public class TwoStep {

	/** Seconds a code lasts. */
	static final int PERIOD = 30;

	static final int DIGITS = 6;

	static final int RECOVERY_CODES = 10;

	private final JdbcClient jdbc;

	private final UserAccounts users;

	private final Passwords passwords;

	private final AuditTrail audit;

	private final TwoStepProperties properties;

	private final SignInThrottle throttle;

	private final Clock clock;

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	TwoStep(JdbcClient jdbc, UserAccounts users, Passwords passwords, AuditTrail audit, TwoStepProperties properties,
			SignInThrottle throttle, Clock clock) {
		this.throttle = throttle;
		this.jdbc = jdbc;
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Whether the user has two-step sign-in turned on. */
	@Transactional(readOnly = true)
	public boolean enabled(UUID userId) {
		return jdbc.sql("select count(*) from two_step where user_id = :user and confirmed_at is not null")
			.param("user", userId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether someone holding these roles must use two-step sign-in. */
	public boolean requiredFor(Collection<Role> roles) {
		return roles.stream().anyMatch(properties.requiredForRoles()::contains);
	}

	/** The recovery codes the user has not used. */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(UUID userId) {
		return jdbc.sql("select count(*) from two_step_recovery_code where user_id = :user and used_at is null")
			.param("user", userId)
			.query(Long.class)
			.single()
			.intValue();
	}

	/**
	 * The key a user being set up adds to their authenticator app, kept until they
	 * confirm it with a code: the same on every showing, so that a page shown again still
	 * matches the app.
	 * @throws AlreadyOn when two-step sign-in is on already
	 */
	@Transactional
	public SetUp setUp(StaffPrincipal user) {
		if (enabled(user.id())) {
			throw new AlreadyOn();
		}
		var secret = jdbc.sql("select secret from two_step where user_id = :user")
			.param("user", user.id())
			.query(String.class)
			.optional()
			.orElseGet(() -> {
				var fresh = new DefaultSecretGenerator(32).generate();
				jdbc.sql("insert into two_step (user_id, secret, created_at) values (:user, :secret, :now)")
					.param("user", user.id())
					.param("secret", fresh)
					.param("now", Timestamp.from(clock.instant()))
					.update();
				return fresh;
			});
		var data = new QrData.Builder().label(properties.issuer() + ":" + user.username())
			.secret(secret)
			.issuer(properties.issuer())
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD)
			.build();
		try {
			var generator = new ZxingPngQrGenerator();
			generator.setImageSize(250);
			return new SetUp(Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()),
					grouped(secret));
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	/**
	 * Turns two-step sign-in on when the code matches the key being set up; the recovery
	 * codes to show once, or empty when the code is wrong.
	 */
	@Transactional
	public Optional<List<String>> confirm(UUID userId, String code) {
		var secret = jdbc.sql("select secret from two_step where user_id = :user and confirmed_at is null for update")
			.param("user", userId)
			.query(String.class)
			.optional();
		var step = secret.flatMap(key -> matchingStep(key, code));
		if (step.isEmpty()) {
			audit.record(AuditEntry.refused(IdentityAudit.TWO_STEP_TURNED_ON, "user", userId, Basis.SELF, null)
				.withDetail("wrong code"));
			return Optional.empty();
		}
		jdbc.sql("update two_step set confirmed_at = :now, last_used_step = :step where user_id = :user")
			.param("now", Timestamp.from(clock.instant()))
			.param("step", step.get())
			.param("user", userId)
			.update();
		jdbc.sql("delete from two_step_recovery_code where user_id = :user").param("user", userId).update();
		var recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		for (var recoveryCode : recovery) {
			jdbc.sql("insert into two_step_recovery_code (user_id, code_hash) values (:user, :hash)")
				.param("user", userId)
				.param("hash", Secrets.hash(normalised(recoveryCode)))
				.update();
		}
		audit.record(AuditEntry.allowed(IdentityAudit.TWO_STEP_TURNED_ON, "user", userId, Basis.SELF, null));
		return Optional.of(recovery);
	}

	/**
	 * The second step of signing in: a code from the app (each accepted once) or an
	 * unused recovery code (then used up).
	 */
	@Transactional
	public Outcome verify(UUID userId, String code) {
		var entered = normalised(code);
		var secret = jdbc.sql("select secret from two_step where user_id = :user and confirmed_at is not null")
			.param("user", userId)
			.query(String.class)
			.optional();
		if (secret.isEmpty()) {
			return Outcome.WRONG;
		}
		var step = matchingStep(secret.get(), entered);
		if (step.isPresent()) {
			int accepted = jdbc.sql("""
					update two_step set last_used_step = :step
					where user_id = :user and (last_used_step is null or last_used_step < :step)
					""").param("step", step.get()).param("user", userId).update();
			return (accepted > 0) ? Outcome.CODE : Outcome.WRONG;
		}
		int used = jdbc.sql("""
				update two_step_recovery_code set used_at = :now
				where user_id = :user and code_hash = :hash and used_at is null
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("user", userId)
			.param("hash", Secrets.hash(entered))
			.update();
		return (used > 0) ? Outcome.RECOVERY_CODE : Outcome.WRONG;
	}

	/**
	 * The second step of signing in, protected as the password is: a waiting or locked
	 * username or address is refused before the code is looked at, and a wrong code
	 * counts as a failed sign-in. Audited.
	 */
	@Transactional
	public SecondStep secondStep(StaffPrincipal user, String code, String address) {
		var refusal = throttle.check(user.username(), address);
		if (refusal.isPresent()) {
			return new SecondStep(Outcome.WRONG, refusal);
		}
		var outcome = verify(user.id(), code);
		if (outcome == Outcome.WRONG) {
			audit.recordAs(user.id(), user.username(),
					AuditEntry.refused(IdentityAudit.TWO_STEP_PASSED, "user", user.id(), Basis.SELF, null)
						.withDetail("wrong code"));
			return new SecondStep(outcome, throttle.recordFailure(user.username(), address));
		}
		throttle.recordSuccess(user.username());
		audit.recordAs(user.id(), user.username(),
				AuditEntry.allowed(IdentityAudit.TWO_STEP_PASSED, "user", user.id(), Basis.SELF, null)
					.withDetail((outcome == Outcome.RECOVERY_CODE)
							? "recovery code; " + recoveryCodesLeft(user.id()) + " left" : "code"));
		return new SecondStep(outcome, Optional.empty());
	}

	/**
	 * Turns two-step sign-in off, when the person's password is right and their roles do
	 * not require it; says why not otherwise.
	 */
	@Transactional
	public Optional<String> turnOff(StaffPrincipal user, String password) {
		if (requiredFor(user.roles())) {
			return Optional.of("twoStep.required");
		}
		var account = users.findById(user.id()).orElseThrow(() -> new NotFound("user", user.id()));
		if (!passwords.matches(password, account.passwordHash())) {
			audit.record(AuditEntry.refused(IdentityAudit.TWO_STEP_TURNED_OFF, "user", user.id(), Basis.SELF, null)
				.withDetail("password wrong"));
			return Optional.of("twoStep.passwordWrong");
		}
		jdbc.sql("delete from two_step where user_id = :user").param("user", user.id()).update();
		jdbc.sql("delete from two_step_recovery_code where user_id = :user").param("user", user.id()).update();
		audit.record(AuditEntry.allowed(IdentityAudit.TWO_STEP_TURNED_OFF, "user", user.id(), Basis.SELF, null));
		return Optional.empty();
	}

	/** The step (within one either side of now) whose code this is. */
	private Optional<Long> matchingStep(String secret, String code) {
		var entered = normalised(code);
		if (!entered.matches("\\d{" + DIGITS + "}")) {
			return Optional.empty();
		}
		long now = clock.instant().getEpochSecond() / PERIOD;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
						entered.getBytes(StandardCharsets.US_ASCII))) {
					return Optional.of(step);
				}
			}
			catch (CodeGenerationException ex) {
				throw new IllegalStateException("Could not make a code to compare", ex);
			}
		}
		return Optional.empty();
	}

	/** A code as typed, without spaces or dashes, in lower case. */
	static String normalised(String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
	}

	/** The key in groups of four, to read and type. */
	static String grouped(String secret) {
		return String.join(" ", Arrays.stream(secret.split("(?<=\\G.{4})")).toList());
	}

	/** What a second step was: a code from the app, a recovery code, or wrong. */
	public enum Outcome {

		/** A code from the authenticator app. */
		CODE,

		/** One of the recovery codes, now used up. */
		RECOVERY_CODE,

		/** Neither. */
		WRONG

	}

	/**
	 * How a second step went.
	 *
	 * @param outcome a code, a recovery code, or wrong
	 * @param refusal when the person must wait (or is locked) before trying again
	 */
	public record SecondStep(Outcome outcome, Optional<SignInThrottle.Refusal> refusal) {

		public boolean passed() {
			return outcome != Outcome.WRONG;
		}

	}

	/**
	 * What the set-up page shows.
	 *
	 * @param qrCode the QR code, as a {@code data:} address for an image
	 * @param key the key to type instead, in groups of four
	 */
	public record SetUp(String qrCode, String key) {
	}

	/** Two-step sign-in is on already. */
	public static class AlreadyOn extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		AlreadyOn() {
			super("Two-step sign-in is on already");
		}

	}

}
