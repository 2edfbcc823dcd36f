package org.familymatters.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.Secrets;
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
 * E-mails an attendee, after the commit that marked them as attended
 * ({@link AttendanceMarked}), a link to give feedback on the session and download their
 * certificate of attendance: {@code /training/feedback/{secret}}, with a new random
 * secret of which only the SHA-256 is kept
 * ({@code training_booking.feedback_token_hash}).
 * <p>
 * Once per booking: recorded in {@code training_mail} (kind {@value #KIND}) in a
 * transaction of its own with the secret's hash and the send, so an event delivered again
 * (or a booking marked again after an undo) sends nothing twice, and a send that fails
 * rolls back its record and throws, so that the event publication registry tries again
 * (ADR 0010). Nothing is sent when the mark was taken back before the e-mail went. The
 * e-mail holds the course's title and the session's day; no family's data is involved.
 */
@Component
class FeedbackMail {

	/** The kind of e-mail, in {@code training_mail}. */
	static final String KIND = "FEEDBACK";

	/** The feedback page of a secret. */
	static final String PAGE = "/training/feedback/";

	private static final Logger log = LoggerFactory.getLogger(FeedbackMail.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final PublicAddress publicAddress;

	private final AuditTrail audit;

	private final Clock clock;

	private final String from;

	private final TransactionTemplate separately;

	FeedbackMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, PublicAddress publicAddress, AuditTrail audit,
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

	@ApplicationModuleListener(id = "training.feedback-mail")
	void marked(AttendanceMarked marked) {
		var attendee = attendee(marked.bookingId());
		if (attendee == null || !attendee.attended()) {
			log.info("Training booking {}: no feedback e-mail, not marked as attended", marked.bookingId());
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured: the e-mail waits until there is one");
		}
		separately.executeWithoutResult(status -> {
			int recorded = jdbc.sql("""
					insert into training_mail (booking_id, kind, sent_at)
					select :booking, :kind, :now
					where exists (select 1 from training_booking where id = :booking and attended_at is not null)
					on conflict do nothing
					""")
				.param("booking", marked.bookingId())
				.param("kind", KIND)
				.param("now", Timestamp.from(clock.instant()))
				.update();
			if (recorded == 0) {
				return;
			}
			var secret = Secrets.newSecret();
			jdbc.sql("update training_booking set feedback_token_hash = :hash where id = :id")
				.param("hash", Secrets.hash(secret))
				.param("id", marked.bookingId())
				.update();
			// A failure here rolls back the record and the hash; the registry tries the
			// event again.
			sender.send(message(attendee, secret));
			audit.record(AuditEntry.allowed(TrainingAudit.FEEDBACK_MAILED, Attendance.RECORD, marked.bookingId(),
					Basis.SYSTEM, "attendance marked"));
		});
	}

	private SimpleMailMessage message(Attendee attendee, String secret) {
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(attendee.email());
		message.setSubject("Family Matters: your feedback on " + attendee.title());
		message.setText("Hello,\n\nThank you for coming to " + attendee.title() + " on "
				+ Attendance.DAY.format(attendee.startsAt().atZone(ServiceTime.ZONE)) + ".\n\n"
				+ "Please tell us how confident you felt before and after the session about recognising and "
				+ "supporting children of prisoners, and what you will do differently. It takes about two minutes. "
				+ "You can then download your certificate of attendance.\n\n" + publicAddress.link(PAGE + secret)
				+ "\n\nThis link is yours: please do not pass it on.\n\nFamily Matters\n");
		return message;
	}

	private Attendee attendee(UUID bookingId) {
		return jdbc.sql("""
				select b.email, b.attended_at is not null as attended, c.title, s.starts_at
				from training_booking b join training_session s on s.id = b.session_id
				     join training_course c on c.id = s.course_id
				where b.id = :id
				""")
			.param("id", bookingId)
			.query((rs, n) -> new Attendee(rs.getString("email"), rs.getBoolean("attended"), rs.getString("title"),
					rs.getTimestamp("starts_at").toInstant()))
			.optional()
			.orElse(null);
	}

	private record Attendee(String email, boolean attended, String title, Instant startsAt) {
	}

}
