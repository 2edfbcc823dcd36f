package org.familymatters.network.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.NamesOnRecord;
import org.familymatters.shared.limits.PerUserLimit;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.Page;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to a network's members, written by a member or the coordinator: each checked
 * for the names of people in families on record before it is sent (a match is shown to
 * the sender, who edits the message or confirms it names no family member), kept as the
 * network's history, and e-mailed to every other current member after the commit
 * ({@link NetworkMessageSent}). Each check is audited (NETWORK_MESSAGE_CHECKED, with how
 * many names were found, never the text), as are a confirmation and the sending. Each
 * user may post a few a minute ({@code familymatters.networks.messages-per-minute}, 5 by
 * default), which also limits how often the check can be asked.
 */
@Service
public class NetworkMessages {

	/** The longest subject. */
	public static final int SUBJECT_MAX = 150;

	/** The longest message. */
	public static final int BODY_MAX = 5000;

	private final JdbcClient jdbc;

	private final Networks networks;

	private final NetworkMembers members;

	private final NamesOnRecord names;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PerUserLimit posts;

	NetworkMessages(JdbcClient jdbc, Networks networks, NetworkMembers members, NamesOnRecord names, AuditTrail audit,
			CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
			@Value("${familymatters.networks.messages-per-minute:5}") int perMinute) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.members = members;
		this.names = names;
		this.audit = audit;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
		this.posts = new PerUserLimit(perMinute, Duration.ofMinutes(1));
	}

	/**
	 * The network, for one of its members or its coordinator: not found (404) when there
	 * is no such network, refused (403) for anyone else.
	 */
	@Transactional(readOnly = true)
	public Networks.Network requireMember(UUID networkId) {
		var network = networks.require(networkId);
		var user = currentUser.get().id();
		if (!network.coordinatorUserId().equals(user) && !members.isMember(networkId, user)) {
			throw new AccessDeniedException("Only the network's members may read and write its messages");
		}
		return network;
	}

	/**
	 * Counts one post by the signed-in user: empty when within the limit, else how long
	 * until they may post again.
	 */
	public Optional<Duration> takePost() {
		return posts.take(currentUser.get().id());
	}

	/**
	 * Checks the message and sends it when no name of a person on record is in it, or the
	 * sender has confirmed that it names no family member: answers the message sent, or
	 * the words that are names on record (and nothing is sent).
	 */
	@Transactional
	public Posted post(UUID networkId, String subject, String body, boolean confirmed) {
		requireMember(networkId);
		var sender = currentUser.get().id();
		var found = names.namesOnRecordIn(subject + "\n" + body);
		audit.record(AuditEntry
			.allowed(NetworkAudit.NETWORK_MESSAGE_CHECKED, "network", networkId, Basis.ROLE, "NETWORK_MEMBER")
			.withDetail(found.size() + ((found.size() == 1) ? " word that is a name" : " words that are names")
					+ " of people on record"));
		if (!found.isEmpty() && !confirmed) {
			return new Posted(null, found);
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network_message (id, network_id, sender_id, subject, body, confirmed, sent_at)
				values (:id, :network, :sender, :subject, :body, :confirmed, :at)
				""")
			.param("id", id)
			.param("network", networkId)
			.param("sender", sender)
			.param("subject", subject)
			.param("body", body)
			.param("confirmed", !found.isEmpty())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (!found.isEmpty()) {
			audit.record(AuditEntry
				.allowed(NetworkAudit.NETWORK_MESSAGE_CONFIRMED, "network", networkId, Basis.ROLE, "NETWORK_MEMBER")
				.withDetail("message " + id));
		}
		audit.record(AuditEntry
			.allowed(NetworkAudit.NETWORK_MESSAGE_SENT, "network", networkId, Basis.ROLE, "NETWORK_MEMBER")
			.withDetail("message " + id));
		events.publishEvent(new NetworkMessageSent(id));
		return new Posted(id, List.of());
	}

	/** A page of the network's messages, newest first: for its members. */
	@Transactional(readOnly = true)
	public Page<Message> page(UUID networkId, int number, int size) {
		requireMember(networkId);
		long total = jdbc.sql("select count(*) from network_message where network_id = :network")
			.param("network", networkId)
			.query(Long.class)
			.single();
		var items = jdbc.sql("""
				select m.id, u.display_name as sender_name, m.subject, m.body, m.sent_at
				from network_message m join identity_user u on u.id = m.sender_id
				where m.network_id = :network
				order by m.sent_at desc, m.id
				limit :size offset :offset
				""")
			.param("network", networkId)
			.param("size", size)
			.param("offset", (long) (number - 1) * size)
			.query(Message.class)
			.list();
		return new Page<>(items, number, size, total);
	}

	/**
	 * What came of posting a message.
	 *
	 * @param messageId the message sent; null when nothing was sent
	 * @param namesFound the words of the message that are names of people on record, when
	 * it was not sent for them
	 */
	public record Posted(UUID messageId, List<String> namesFound) {

		public boolean sent() {
			return messageId != null;
		}

	}

	/**
	 * A message of the history.
	 *
	 * @param id the message
	 * @param senderName who sent it
	 * @param subject its subject
	 * @param body its text
	 * @param sentAt when
	 */
	public record Message(UUID id, String senderName, String subject, String body, Instant sentAt) {
	}

}
