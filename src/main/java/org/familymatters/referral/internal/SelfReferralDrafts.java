package org.familymatters.referral.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drafts of requests for support written on the public question pages. A draft is
 * found by a secret only the writer's browser holds (a cookie, never part of an address):
 * the table keeps its SHA-256 hash and the answers so far. Nothing in a draft is a
 * referral, nor seen by anyone: it is deleted when it is sent, and a draft left unchanged
 * for {@code familymatters.referrals.draft-lifetime} (a day) is neither read nor kept (a
 * job deletes them every hour).
 */
@Service
public class SelfReferralDrafts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration lifetime;

	SelfReferralDrafts(JdbcClient jdbc, JsonMapper json, Clock clock,
			@Value("${familymatters.referrals.draft-lifetime:P1D}") Duration lifetime) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** A new secret for a new draft: 32 random bytes, in base64url. */
	public static String newSecret() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The answers of the draft this secret opens, if it is there and still current. */
	@Transactional(readOnly = true)
	public Optional<SelfReferralAnswers> find(String secret) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select answers::text from referral_draft where token_hash = :hash and updated_at > :since")
			.param("hash", hash(secret))
			.param("since", Timestamp.from(clock.instant().minus(lifetime)))
			.query(String.class)
			.optional()
			.flatMap(this::read);
	}

	/** Keeps the answers of the draft this secret opens, starting it if need be. */
	@Transactional
	public void save(String secret, SelfReferralAnswers answers) {
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into referral_draft (token_hash, answers, created_at, updated_at)
				values (:hash, cast(:answers as jsonb), :now, :now)
				on conflict (token_hash) do update set answers = excluded.answers, updated_at = excluded.updated_at
				""")
			.param("hash", hash(secret))
			.param("answers", json.writeValueAsString(answers))
			.param("now", now)
			.update();
	}

	/** Deletes the draft this secret opens (once it is sent). */
	@Transactional
	public void delete(String secret) {
		if (secret != null) {
			jdbc.sql("delete from referral_draft where token_hash = :hash").param("hash", hash(secret)).update();
		}
	}

	/** Every hour, on one instance: deletes the drafts no longer kept. */
	@Scheduled(fixedDelayString = "${familymatters.referrals.draft-purge-interval:PT1H}",
			initialDelayString = "${familymatters.referrals.draft-purge-interval:PT1H}")
	@SchedulerLock(name = "referral-draft-purge", lockAtMostFor = "PT10M")
	public void purgeExpired() {
		purge();
	}

	/**
	 * Deletes every draft left unchanged for longer than a draft is kept; returns how
	 * many.
	 */
	public int purge() {
		return jdbc.sql("delete from referral_draft where updated_at <= :since")
			.param("since", Timestamp.from(clock.instant().minus(lifetime)))
			.update();
	}

	private Optional<SelfReferralAnswers> read(String text) {
		try {
			return Optional.of(json.readValue(text, SelfReferralAnswers.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always there", ex);
		}
	}

}
