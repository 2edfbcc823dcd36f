package org.familymatters.network.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.mail.RepeatableMail;
import org.familymatters.shared.time.ServiceTime;
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
 * E-mails every current member of the network, and its coordinator, when a version of a
 * meeting's minutes is published ({@link MinutesPublished}), after the commit that
 * published it. Each member once per version: recorded in {@code network_meeting_mail}
 * (kind {@code minutes}, number the version) in a transaction of its own with its send,
 * so an event delivered again sends nothing twice, and a send that fails rolls back its
 * record and throws, so that the event publication registry tries again (ADR 0010). No
 * personal data of any family: the network's name, the meeting's day and a link to the
 * member's own copy, which asks to sign in first.
 */
@Component
class MinutesMail {

	private static final Logger log = LoggerFactory.getLogger(MinutesMail.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final PublicAddress publicAddress;

	private final AuditTrail audit;

	private final String from;

	private final TransactionTemplate separately;

	MinutesMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, PublicAddress publicAddress, AuditTrail audit,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.publicAddress = publicAddress;
		this.audit = audit;
		this.from = from;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener(id = "network.minutes-published-mail")
	void published(MinutesPublished published) {
		var meeting = jdbc.sql("""
				select m.network_id, n.name, m.starts_at from network_meeting m join network n on n.id = m.network_id
				where m.id = :id
				""")
			.param("id", published.meetingId())
			.query((rs, n) -> new Meeting(rs.getObject("network_id", UUID.class), rs.getString("name"),
					DAY.format(rs.getTimestamp("starts_at").toInstant().atZone(ServiceTime.ZONE))))
			.optional()
			.orElse(null);
		if (meeting == null) {
			return;
		}
		var recipients = recipients(meeting.networkId());
		if (recipients.isEmpty()) {
			log.info("Meeting {}: nobody of the network has an e-mail address to be told at", published.meetingId());
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured: the e-mail waits until there is one");
		}
		for (var recipient : recipients) {
			separately.executeWithoutResult(status -> {
				int recorded = jdbc.sql("""
						insert into network_meeting_mail (meeting_id, user_id, kind, number)
						values (:meeting, :user, 'minutes', :number) on conflict do nothing
						""")
					.param("meeting", published.meetingId())
					.param("user", recipient.id())
					.param("number", published.number())
					.update();
				if (recorded == 0) {
					return;
				}
				// A failure here rolls back the record; the registry tries the event
				// again.
				RepeatableMail.send(sender, message(recipient.email(), meeting, published),
						"network-minutes-" + published.meetingId() + "-" + published.number() + "-" + recipient.id());
				audit.record(new AuditEntry(NetworkAudit.NETWORK_MINUTES_MAILED, true, "network_meeting",
						published.meetingId().toString(), Basis.SYSTEM, "version " + published.number(),
						"to user " + recipient.id()));
			});
		}
	}

	private SimpleMailMessage message(String email, Meeting meeting, MinutesPublished published) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email);
		message.setSubject("Family Matters: minutes of the " + meeting.name() + " meeting");
		message.setText("Hello,\n\n" + ((published.number() == 1)
				? "The minutes of the " + meeting.name() + " meeting on " + meeting.day() + " have been published."
				: "A correction of the minutes of the " + meeting.name() + " meeting on " + meeting.day()
						+ " has been published (version " + published.number() + ").")
				+ "\n\nRead your copy, which shows what your organisation may see, at "
				+ publicAddress
					.link("/networks/" + meeting.networkId() + "/meetings/" + published.meetingId() + "/minutes")
				+ " (you will be asked to sign in first).\n\nFamily Matters\n");
		return message;
	}

	private List<Recipient> recipients(UUID networkId) {
		return jdbc.sql("""
				select u.id, u.email from identity_user u
				where u.enabled and u.email is not null and btrim(u.email) <> ''
				  and (u.id in (select user_id from network_member where network_id = :network and left_at is null)
				       or u.id = (select coordinator_user_id from network where id = :network))
				order by u.id
				""")
			.param("network", networkId)
			.query((rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getString("email")))
			.list();
	}

	private record Meeting(UUID networkId, String name, String day) {
	}

	private record Recipient(UUID id, String email) {
	}

}
