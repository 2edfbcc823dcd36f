package org.familymatters.school.internal;

import java.sql.Timestamp;
import java.time.Clock;
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
 * E-mails a school's designated contact, after the commit that decided it, when a pupil
 * is added to the school's list of pupils affected ({@link SchoolTold}) and when one
 * leaves it ({@link PupilLeftList}). No personal data: no name, no family reference, no
 * offence, and when a pupil leaves not why; a link to the list, which asks to sign in
 * first.
 * <p>
 * Each e-mail once per recipient: recorded in {@code school_mail} (and, for a pupil who
 * left, {@code left_told_at}) in a transaction of its own with its send, so an event
 * delivered again sends nothing twice, and a send that fails rolls back its record and
 * throws, so that the event publication registry tries again (ADR 0010). Nothing is sent
 * about a pupil who left the list before the e-mail that they were added went, nor when
 * the school has no enabled designated contact with an e-mail address.
 */
@Component
class SchoolMail {

	static final String LIST = "/schools/pupils";

	private static final Logger log = LoggerFactory.getLogger(SchoolMail.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final PublicAddress publicAddress;

	private final AuditTrail audit;

	private final Clock clock;

	private final String from;

	private final TransactionTemplate separately;

	SchoolMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, PublicAddress publicAddress, AuditTrail audit,
			Clock clock, @Value("${familymatters.mail.from:family-matters@localhost}") String from,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.publicAddress = publicAddress;
		this.audit = audit;
		this.clock = clock;
		this.from = from;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener(id = "school.told-mail")
	void told(SchoolTold told) {
		var notification = notification(told.notificationId());
		if (notification == null || notification.ended()) {
			log.info("School notification {}: no e-mail, the pupil has left the list", told.notificationId());
			return;
		}
		send(notification, "told", SchoolAudit.SCHOOL_NOTIFIED_MAILED,
				"Family Matters: a pupil has been added to your list of pupils affected",
				"A Family Matters support worker has added a pupil of your school to your list of pupils affected "
						+ "(children with a parent or carer in custody).");
	}

	@ApplicationModuleListener(id = "school.left-mail")
	void left(PupilLeftList left) {
		var notification = notification(left.notificationId());
		if (notification == null || !notification.ended()) {
			return;
		}
		send(notification, "left", SchoolAudit.PUPIL_LEFT_MAILED,
				"Family Matters: a pupil has left your list of pupils affected",
				"A pupil has left your list of pupils affected. You no longer see them on the list.");
	}

	private void send(Notification notification, String kind, SchoolAudit audited, String subject, String sentence) {
		var recipient = recipient(notification.school());
		if (recipient == null) {
			log.info("School notification {}: the school has no designated contact with an e-mail address",
					notification.id());
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured: the e-mail waits until there is one");
		}
		separately.executeWithoutResult(status -> {
			int recorded = jdbc.sql("""
					insert into school_mail (notification_id, kind, recipient_id, sent_at)
					values (:notification, :kind, :recipient, :now)
					on conflict do nothing
					""")
				.param("notification", notification.id())
				.param("kind", kind)
				.param("recipient", recipient.id())
				.param("now", Timestamp.from(clock.instant()))
				.update();
			if (recorded == 0) {
				return;
			}
			if ("left".equals(kind)) {
				jdbc.sql("update school_notification set left_told_at = :now where id = :id and left_told_at is null")
					.param("now", Timestamp.from(clock.instant()))
					.param("id", notification.id())
					.update();
			}
			// A failure here rolls back the record; the registry tries the event again.
			RepeatableMail.send(sender, message(recipient.email(), subject, sentence),
					"school-" + kind + "-" + notification.id() + "-" + recipient.id());
			audit.record(new AuditEntry(audited, true, "family", notification.family().toString(), Basis.SYSTEM,
					notification.id().toString(), "to user " + recipient.id()));
		});
	}

	private SimpleMailMessage message(String email, String subject, String sentence) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(email);
		message.setSubject(subject);
		message.setText("Hello,\n\n" + sentence + "\n\nSee your list of pupils affected at " + publicAddress.link(LIST)
				+ " (you will be asked to sign in first).\n\nFamily Matters\n");
		return message;
	}

	private Notification notification(UUID id) {
		return jdbc.sql(
				"select id, school_id, family_id, ended_at is not null as ended from school_notification where id = :id")
			.param("id", id)
			.query((rs, n) -> new Notification(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
					rs.getObject("family_id", UUID.class), rs.getBoolean("ended")))
			.optional()
			.orElse(null);
	}

	private Recipient recipient(UUID school) {
		return jdbc.sql("""
				select u.id, u.email from school_contact c join identity_user u on u.id = c.user_id
				where c.school_id = :school and u.enabled and u.email is not null and btrim(u.email) <> ''
				""")
			.param("school", school)
			.query((rs, n) -> new Recipient(rs.getObject("id", UUID.class), rs.getString("email")))
			.optional()
			.orElse(null);
	}

	private record Notification(UUID id, UUID school, UUID family, boolean ended) {
	}

	private record Recipient(UUID id, String email) {
	}

}
