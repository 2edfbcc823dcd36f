package org.familymatters.network.internal;

import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.mail.RepeatableMail;
import org.familymatters.shared.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails a message to a network's members ({@link NetworkMessageSent}), after the commit
 * that kept it: every current member but the sender who has an e-mail address, from the
 * service's address, with Reply-To the sender's address (when they have one), so that
 * replies go to them. The message is as the sender wrote it, checked for the names of
 * people on record; a family is referred to only by a link to its record, which applies
 * the access decision for whoever follows it. Each recipient once: recorded in
 * {@code network_message_mail} in a transaction of its own with its send, so an event
 * delivered again sends nothing twice, and a send that fails rolls back its record and
 * throws, so that the event publication registry tries again (ADR 0010).
 */
@Component
class NetworkMessageMail {

	private static final Logger log = LoggerFactory.getLogger(NetworkMessageMail.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final PublicAddress publicAddress;

	private final AuditTrail audit;

	private final String from;

	private final TransactionTemplate separately;

	NetworkMessageMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, PublicAddress publicAddress,
			AuditTrail audit, @Value("${familymatters.mail.from:family-matters@localhost}") String from,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.publicAddress = publicAddress;
		this.audit = audit;
		this.from = from;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener(id = "network.message-mail")
	void sent(NetworkMessageSent sent) {
		var message = jdbc.sql("""
				select m.id, m.network_id, n.name as network_name, m.sender_id, u.display_name as sender_name,
				       u.email as sender_email, m.subject, m.body
				from network_message m
				join network n on n.id = m.network_id
				join identity_user u on u.id = m.sender_id
				where m.id = :id
				""").param("id", sent.messageId()).query(Message.class).optional().orElse(null);
		if (message == null) {
			log.info("Network message {}: not found, nothing to e-mail", sent.messageId());
			return;
		}
		var recipients = recipients(message);
		if (recipients.isEmpty()) {
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured: the e-mail waits until there is one");
		}
		for (var recipient : recipients) {
			separately.executeWithoutResult(status -> {
				int recorded = jdbc.sql("""
						insert into network_message_mail (message_id, recipient_id) values (:message, :recipient)
						on conflict do nothing
						""").param("message", message.id()).param("recipient", recipient.id()).update();
				if (recorded == 0) {
					return;
				}
				// A failure here rolls back the record; the registry tries the event
				// again.
				RepeatableMail.send(sender, mail(message, recipient.email()),
						"network-message-" + message.id() + "-" + recipient.id());
				audit.record(new AuditEntry(NetworkAudit.NETWORK_MESSAGE_MAILED, true, "network",
						message.networkId().toString(), Basis.SYSTEM, message.id().toString(),
						"to user " + recipient.id()));
			});
		}
	}

	private SimpleMailMessage mail(Message message, String to) {
		var mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		if (message.senderEmail() != null && !message.senderEmail().isBlank()) {
			mail.setReplyTo(message.senderEmail());
		}
		mail.setSubject(message.networkName() + ": " + message.subject());
		mail.setText(message.senderName() + " wrote to the members of " + message.networkName() + ":\n\n"
				+ message.body() + "\n\n--\nReplies to this e-mail go to " + message.senderName()
				+ ". The network's messages are at "
				+ publicAddress.link("/networks/" + message.networkId() + "/messages")
				+ " (you will be asked to sign in first). Never write a family's personal data in an e-mail: refer "
				+ "to a family only by the link to its record.\n\nFamily Matters\n");
		return mail;
	}

	private List<Recipient> recipients(Message message) {
		return jdbc.sql("""
				select u.id, u.email from network_member m join identity_user u on u.id = m.user_id
				where m.network_id = :network and m.left_at is null and m.user_id <> :sender
				  and u.enabled and u.email is not null and btrim(u.email) <> ''
				order by u.id
				""")
			.param("network", message.networkId())
			.param("sender", message.senderId())
			.query(Recipient.class)
			.list();
	}

	private record Message(UUID id, UUID networkId, String networkName, UUID senderId, String senderName,
			String senderEmail, String subject, String body) {
	}

	private record Recipient(UUID id, String email) {
	}

}
