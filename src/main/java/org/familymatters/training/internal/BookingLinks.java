package org.familymatters.training.internal;

import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.security.Secrets;
import org.familymatters.shared.web.PublicAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links to manage a booking, {@code /training/bookings/{secret}}: each e-mail about a
 * booking gets a secret of its own (32 random bytes, URL-safe Base64), issued as it is
 * sent, and only its SHA-256 is kept ({@code training_booking_link}); no secret is ever
 * stored or put in an event. Every link of a booking opens it until it is cancelled. A
 * secret is found by its hash, and the hash found compared again in constant time.
 */
@Component
public class BookingLinks {

	/** Where the links go, before the secret. */
	public static final String PATH = "/training/bookings/";

	private final JdbcClient jdbc;

	private final PublicAddress publicAddress;

	BookingLinks(JdbcClient jdbc, PublicAddress publicAddress) {
		this.jdbc = jdbc;
		this.publicAddress = publicAddress;
	}

	/**
	 * A new link to the booking, for one e-mail, as a full address (in the caller's
	 * transaction: the link works once that commits).
	 */
	public String issue(UUID bookingId) {
		var secret = Secrets.newSecret();
		jdbc.sql("insert into training_booking_link (token_hash, booking_id) values (:hash, :booking)")
			.param("hash", Secrets.hash(secret))
			.param("booking", bookingId)
			.update();
		return publicAddress.link(PATH + secret);
	}

	/**
	 * The booking a link's secret opens, whatever its status: the one whose first secret
	 * it is, or one of whose e-mailed links it is.
	 */
	public Optional<UUID> bookingOf(String secret) {
		if (!BookingRules.looksLikeSecret(secret)) {
			return Optional.empty();
		}
		var hash = Secrets.hash(secret);
		return jdbc.sql("""
				select id, token_hash from training_booking where token_hash = :hash
				union all
				select booking_id, token_hash from training_booking_link where token_hash = :hash
				""")
			.param("hash", hash)
			.query((rs, n) -> BookingRules.sameHash(hash, rs.getString("token_hash")) ? rs.getObject("id", UUID.class)
					: null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

}
