package org.familymatters.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username and per client address (OWASP ASVS V2): after a few
 * failures each next attempt waits a delay that doubles with each failure, and after
 * {@code lockAfter} failures the username is locked for a while, its user told by e-mail
 * ({@link SignInLocked}). A waiting or locked attempt is refused by {@link #check} before
 * any password is hashed, so a flood costs a read, not bcrypt's work. A username that
 * exists and one that does not are counted alike, so no answer says which exist. Counts
 * are kept in the database ({@code sign_in_throttle}), shared by every instance.
 */
@Service
public class SignInThrottle {

	private static final String ACCOUNT = "ACCOUNT";

	private static final String ADDRESS = "ADDRESS";

	/** The longest key kept: a username longer than any real one is cut. */
	static final int KEY_MAX = 200;

	private final JdbcClient jdbc;

	private final SignInProperties properties;

	private final UserAccounts users;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Set<String> exempt;

	SignInThrottle(JdbcClient jdbc, SignInProperties properties, UserAccounts users, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.users = users;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.exempt = Set.copyOf(properties.exemptAddresses());
	}

	/**
	 * Whether an attempt to sign in now must be refused without looking at its password:
	 * the username is locked, or it or the address must wait.
	 */
	@Transactional(readOnly = true)
	public Optional<Refusal> check(String username, String address) {
		var now = clock.instant();
		return jdbc.sql("""
				select kind, next_attempt_at, locked_until from sign_in_throttle
				where (kind = 'ACCOUNT' and key = :account) or (kind = 'ADDRESS' and key = :address)
				""")
			.param("account", accountKey(username))
			.param("address", addressKey(address))
			.query((rs, n) -> refusal(rs.getTimestamp("next_attempt_at"), rs.getTimestamp("locked_until"), now))
			.list()
			.stream()
			.flatMap(Optional::stream)
			.max(Comparator.comparing(Refusal::locked).thenComparing(Refusal::until));
	}

	/**
	 * Counts a failed attempt; what the person must do before trying again, if anything.
	 * The attempt that locks a username publishes {@link SignInLocked} (its user is
	 * e-mailed once the failure is committed) and is audited.
	 */
	@Transactional
	public Optional<Refusal> recordFailure(String username, String address) {
		var now = clock.instant();
		var key = accountKey(username);
		var account = properties.account();
		int failures = count(ACCOUNT, key, now.minus(account.window()), now);
		Optional<Refusal> refusal;
		if (failures >= account.lockAfter()) {
			var until = now.plus(account.lockFor());
			jdbc.sql("""
					update sign_in_throttle set failures = 0, next_attempt_at = :until, locked_until = :until
					where kind = 'ACCOUNT' and key = :key
					""").param("until", Timestamp.from(until)).param("key", key).update();
			var user = users.findByUsername(key);
			audit.recordAs(user.map(UserAccount::id).orElse(null), user.isPresent() ? key : "unknown",
					AuditEntry
						.refused(IdentityAudit.SIGN_IN_LOCKED, "user", user.map(UserAccount::id).orElse(null),
								Basis.SELF, null)
						.withDetail(failures + " failed attempts; locked until " + until));
			user.ifPresent(found -> events.publishEvent(new SignInLocked(found.id(), until)));
			refusal = Optional.of(new Refusal(true, until));
		}
		else {
			refusal = delay(ACCOUNT, key, failures, account.freeFailures(), account.firstDelay(), account.maxDelay(),
					now);
		}
		if (address == null || !exempt.contains(address)) {
			var perAddress = properties.address();
			var addressKey = addressKey(address);
			int fromAddress = count(ADDRESS, addressKey, now.minus(perAddress.window()), now);
			var wait = delay(ADDRESS, addressKey, fromAddress, perAddress.freeFailures(), perAddress.firstDelay(),
					perAddress.maxDelay(), now);
			refusal = Stream.of(refusal, wait)
				.flatMap(Optional::stream)
				.max(Comparator.comparing(Refusal::locked).thenComparing(Refusal::until));
		}
		return refusal;
	}

	/** A successful sign-in forgets the username's failures (not the address's). */
	@Transactional
	public void recordSuccess(String username) {
		jdbc.sql("delete from sign_in_throttle where kind = 'ACCOUNT' and key = :key")
			.param("key", accountKey(username))
			.update();
	}

	/** Until when a username is locked, if it is now. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		return jdbc.sql("""
				select locked_until from sign_in_throttle
				where kind = 'ACCOUNT' and key = :key and locked_until > :now
				""")
			.param("key", accountKey(username))
			.param("now", Timestamp.from(clock.instant()))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * An administrator unlocks a username (and forgets its failures); says whether it was
	 * locked.
	 */
	@Transactional
	public boolean unlock(UserAccount account) {
		var locked = lockedUntil(account.username()).isPresent();
		jdbc.sql("delete from sign_in_throttle where kind = 'ACCOUNT' and key = :key")
			.param("key", accountKey(account.username()))
			.update();
		if (locked) {
			audit.record(AuditEntry.allowed(IdentityAudit.SIGN_IN_UNLOCKED, "user", account.id(), Basis.ROLE,
					Role.ADMINISTRATOR.name()));
		}
		return locked;
	}

	/**
	 * Forgets failures that no longer count and locks that have ended, so that nothing
	 * typed at the sign-in page is kept longer than it is needed.
	 */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	@SchedulerLock(name = "sign-in-throttle-clean-up", lockAtMostFor = "PT10M")
	@Transactional
	public void cleanUp() {
		var now = clock.instant();
		var longest = Stream.of(properties.account().window(), properties.address().window())
			.max(Comparator.naturalOrder())
			.orElseThrow();
		jdbc.sql(
				"""
						delete from sign_in_throttle
						where last_failure_at < :forget and next_attempt_at < :now and (locked_until is null or locked_until < :now)
						""")
			.param("forget", Timestamp.from(now.minus(longest)))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Counts one more failure, forgetting those before {@code forgetBefore}. */
	private int count(String kind, String key, Instant forgetBefore, Instant now) {
		return jdbc.sql("""
				insert into sign_in_throttle as t (kind, key, failures, last_failure_at, next_attempt_at)
				values (:kind, :key, 1, :now, :now)
				on conflict (kind, key) do update set
				    failures = case when t.last_failure_at < :forget then 1 else t.failures + 1 end,
				    last_failure_at = :now
				returning failures
				""")
			.param("kind", kind)
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("forget", Timestamp.from(forgetBefore))
			.query(Integer.class)
			.single();
	}

	/**
	 * Sets when the next attempt may be made after {@code failures} failures, and says so
	 * when it is later than now.
	 */
	private Optional<Refusal> delay(String kind, String key, int failures, int free, Duration first, Duration max,
			Instant now) {
		var wait = waitAfter(failures, free, first, max);
		var next = now.plus(wait);
		jdbc.sql("""
				update sign_in_throttle set next_attempt_at = greatest(next_attempt_at, :next)
				where kind = :kind and key = :key
				""").param("next", Timestamp.from(next)).param("kind", kind).param("key", key).update();
		return wait.isZero() ? Optional.empty() : Optional.of(new Refusal(false, next));
	}

	/**
	 * The wait after {@code failures} failures: none for the first {@code free - 1}, then
	 * {@code first}, doubled with each further failure, never more than {@code max}.
	 */
	static Duration waitAfter(int failures, int free, Duration first, Duration max) {
		if (failures < free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - free, 30);
		var wait = first.multipliedBy(1L << doublings);
		return (wait.compareTo(max) > 0) ? max : wait;
	}

	private static Optional<Refusal> refusal(Timestamp nextAttempt, Timestamp lockedUntil, Instant now) {
		if (lockedUntil != null && lockedUntil.toInstant().isAfter(now)) {
			return Optional.of(new Refusal(true, lockedUntil.toInstant()));
		}
		if (nextAttempt != null && nextAttempt.toInstant().isAfter(now)) {
			return Optional.of(new Refusal(false, nextAttempt.toInstant()));
		}
		return Optional.empty();
	}

	static String accountKey(String username) {
		var key = (username != null) ? username.strip().toLowerCase() : "";
		return (key.length() > KEY_MAX) ? key.substring(0, KEY_MAX) : key;
	}

	private static String addressKey(String address) {
		var key = (address != null) ? address : "unknown";
		return (key.length() > KEY_MAX) ? key.substring(0, KEY_MAX) : key;
	}

	/**
	 * Why an attempt must wait: the username is locked, or the username or the address
	 * must wait, until a moment.
	 *
	 * @param locked whether the username is locked (rather than waiting a delay)
	 * @param until when the next attempt may be made
	 */
	public record Refusal(boolean locked, Instant until) {
	}

}
