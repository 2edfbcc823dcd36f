package org.familymatters.network.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.web.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails a meeting's invitation, update or cancellation ({@link MeetingMailDue}) after
 * the commit that decided it, to the network's coordinator and every current member with
 * an e-mail address (enabled users), as they are when it is sent: the day, hours and
 * place in words, a link to the meeting page (which asks to sign in first), and the
 * meeting as an iCalendar attachment ({@link MeetingCalendar}: METHOD:REQUEST, or
 * METHOD:CANCEL for a cancellation). A meeting's details name no family, and neither does
 * the e-mail.
 * <p>
 * Each e-mail once: each recipient's is recorded in {@code network_meeting_mail} (kind
 * {@code invitation}, {@code update} or {@code cancellation}, number the meeting's
 * sequence) in a transaction of its own with its send, so an event delivered again sends
 * nothing twice, and a send that fails rolls back its record and throws, so that the
 * event publication registry tries again (ADR 0010). Nothing is sent for a change a later
 * one superseded (the later e-mail says it all), nor for a meeting that is over.
 */
@Component
class MeetingInvitations {

	private static final Logger log = LoggerFactory.getLogger(MeetingInvitations.class);

	private final JdbcClient jdbc;

	private final Networks networks;

	private final ObjectProvider<JavaMailSender> senders;

	private final PublicAddress publicAddress;

	private final AuditTrail audit;

	private final Clock clock;

	private final String from;

	private final TransactionTemplate separately;

	MeetingInvitations(JdbcClient jdbc, Networks networks, ObjectProvider<JavaMailSender> senders,
			PublicAddress publicAddress, AuditTrail audit, Clock clock,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.networks = networks;
		this.senders = senders;
		this.publicAddress = publicAddress;
		this.audit = audit;
		this.clock = clock;
		this.from = from;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener(id = "network.meeting-mail")
	void send(MeetingMailDue due) {
		var found = jdbc.sql("""
				select id, network_id, starts_at, ends_at, place, online_link, status = 'cancelled' as cancelled,
				       sequence, version
				from network_meeting where id = :id
				""").param("id", due.meetingId()).query(Meeting.class).optional();
		if (found.isEmpty()) {
			return;
		}
		var meeting = found.get();
		if (meeting.sequence() != due.sequence()
				|| meeting.cancelled() != (due.kind() == MeetingMailDue.Kind.CANCELLATION)
				|| meeting.over(clock.instant())) {
			log.info("Meeting {}: no {} e-mail of sequence {}, a later change superseded it or the meeting is over",
					due.meetingId(), due.kind().code(), due.sequence());
			return;
		}
		var network = networks.find(meeting.networkId()).orElse(null);
		if (network == null) {
			return;
		}
		var recipients = recipients(network.id());
		if (recipients.isEmpty()) {
			log.info("Meeting {}: nobody of the network has an e-mail address to be told at", meeting.id());
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured: the e-mail waits until there is one");
		}
		var page = publicAddress.link("/networks/" + network.id() + "/meetings/" + meeting.id());
		var invitees = recipients.stream()
			.map(r -> new MeetingCalendar.Invitee(r.name(), r.email(), r.chair()))
			.toList();
		var calendar = MeetingCalendar.message(meeting, network.name(), MeetingCalendar.address(from), page, invitees,
				clock.instant());
		for (var recipient : recipients) {
			separately.executeWithoutResult(status -> {
				int recorded = jdbc.sql("""
						insert into network_meeting_mail (meeting_id, user_id, kind, number, sent_at)
						values (:meeting, :user, :kind, :number, :now)
						on conflict do nothing
						""")
					.param("meeting", meeting.id())
					.param("user", recipient.id())
					.param("kind", due.kind().code())
					.param("number", due.sequence())
					.param("now", Timestamp.from(clock.instant()))
					.update();
				if (recorded == 0) {
					return;
				}
				// A failure here rolls back the record; the registry tries the event
				// again.
				sender.send(message(sender, recipient.email(), due.kind(), meeting, network.name(), page, calendar));
				audit.record(new AuditEntry(NetworkAudit.MEETING_MAILED, true, Meetings.RECORD, meeting.id().toString(),
						Basis.SYSTEM, due.kind().code() + ":" + due.sequence(), "to user " + recipient.id()));
			});
		}
	}

	private MimeMessage message(JavaMailSender sender, String to, MeetingMailDue.Kind kind, Meeting meeting,
			String networkName, String page, String calendar) {
		var message = sender.createMimeMessage();
		try {
			var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject(kind, networkName, meeting));
			helper.setText(text(kind, networkName, meeting, page));
			var method = (kind == MeetingMailDue.Kind.CANCELLATION) ? "CANCEL" : "REQUEST";
			helper.addAttachment("meeting.ics", new ByteArrayResource(calendar.getBytes(StandardCharsets.UTF_8)),
					"text/calendar; charset=UTF-8; method=" + method);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("The meeting's e-mail could not be written", ex);
		}
		return message;
	}

	static String subject(MeetingMailDue.Kind kind, String networkName, Meeting meeting) {
		var day = MeetingTimes.shortDay(meeting.startsAt());
		return switch (kind) {
			case INVITATION -> "Family Matters: " + networkName + " meeting on " + day;
			case UPDATE -> "Family Matters: meeting changed, " + networkName + " meeting now on " + day;
			case CANCELLATION -> "Family Matters: meeting cancelled, " + networkName + " meeting on " + day;
		};
	}

	static String text(MeetingMailDue.Kind kind, String networkName, Meeting meeting, String page) {
		var text = new StringBuilder("Hello,\n\n");
		text.append(switch (kind) {
			case INVITATION -> "You are invited to the " + networkName + " meeting.";
			case UPDATE -> "The " + networkName + " meeting has changed. This is when and where it is now.";
			case CANCELLATION -> "The " + networkName + " meeting has been cancelled.";
		}).append("\n\n");
		text.append("When: ").append(MeetingTimes.when(meeting.startsAt(), meeting.endsAt())).append("\n");
		if (meeting.place() != null) {
			text.append("Where: ").append(meeting.place()).append("\n");
		}
		if (meeting.onlineLink() != null && kind != MeetingMailDue.Kind.CANCELLATION) {
			text.append("Join online: ").append(meeting.onlineLink()).append("\n");
		}
		text.append("\n");
		if (kind == MeetingMailDue.Kind.CANCELLATION) {
			text.append("The attached file takes the meeting out of your calendar.\n\n");
		}
		else {
			text.append("Open the attached file to put the meeting in your calendar.\n\n");
			text.append("See the meeting, and send your apologies if you cannot come, at ")
				.append(page)
				.append(" (you will be asked to sign in first).\n\n");
		}
		text.append("Family Matters\n");
		return text.toString();
	}

	private List<Recipient> recipients(UUID networkId) {
		return jdbc.sql("""
				select u.id, u.display_name as name, u.email, u.id = n.coordinator_user_id as chair
				from network n
				join identity_user u on u.id = n.coordinator_user_id
				     or u.id in (select m.user_id from network_member m
				                 where m.network_id = n.id and m.left_at is null)
				where n.id = :network and u.enabled and u.email is not null and btrim(u.email) <> ''
				order by u.id
				""").param("network", networkId).query(Recipient.class).list();
	}

	/** Someone the e-mail goes to. */
	record Recipient(UUID id, String name, String email, boolean chair) {
	}

}
