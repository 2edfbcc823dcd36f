package org.familymatters.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * The audit trail's hash chain (ADR 0019): each event's hash is SHA-256 over the hash of
 * the event before it and the event's canonical form, so that changing, removing or
 * reordering any event breaks every link after it. The first event carries
 * {@link #GENESIS}, 32 zero bytes, unless the retention of the trail removed the chain's
 * oldest events: then the first kept carries the hash of the last one removed, recorded
 * as the chain's anchor.
 */
public final class AuditChain {

	/** What the first event of the chain carries as the hash before it. */
	public static final byte[] GENESIS = new byte[32];

	/** The canonical form's version, its first line. */
	static final String VERSION = "family-matters-audit-event-v1";

	private AuditChain() {
	}

	/**
	 * The event's hash at its position, after the hash given: SHA-256 over
	 * {@code previous} followed by the UTF-8 of {@link #canonical}.
	 */
	public static byte[] hash(byte[] previous, ChainEvent event, long position) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(previous);
			digest.update(canonical(event, position).getBytes(StandardCharsets.UTF_8));
			return digest.digest();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * The event's columns one to a line after the version: its position, id, when (in
	 * microseconds since 1970, as PostgreSQL keeps it), the actor's id and username, the
	 * action, outcome, record type and id, basis and its reference, detail and API token.
	 * Each value is written as {@code +<length>:<value>}, a missing one as {@code -}, so
	 * that no two events have the same form.
	 */
	static String canonical(ChainEvent event, long position) {
		var form = new StringBuilder(256).append(VERSION);
		field(form, Long.toString(position));
		field(form, Long.toString(event.id()));
		field(form, (event.occurredAt() != null) ? Long.toString(micros(event.occurredAt())) : null);
		field(form, (event.actorId() != null) ? event.actorId().toString() : null);
		field(form, event.actorUsername());
		field(form, event.action());
		field(form, event.outcome());
		field(form, event.recordType());
		field(form, event.recordId());
		field(form, event.basis());
		field(form, event.basisReference());
		field(form, event.detail());
		field(form, (event.apiTokenId() != null) ? event.apiTokenId().toString() : null);
		return form.toString();
	}

	private static void field(StringBuilder form, String value) {
		form.append('\n');
		if (value == null) {
			form.append('-');
		}
		else {
			form.append('+').append(value.length()).append(':').append(value);
		}
	}

	private static long micros(Instant at) {
		return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
	}

	/** A hash as lower-case hexadecimal. */
	public static String hex(byte[] hash) {
		return (hash != null) ? java.util.HexFormat.of().formatHex(hash) : null;
	}

}
