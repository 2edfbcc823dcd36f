package org.familymatters.training.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.time.ServiceTime;
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
 * E-mails whoever booked, after the commit that decided it: the confirmation with the
 * joining instructions and the calendar invitation, their number on the waiting list, a
 * place from the waiting list with the invitation, the reminder two days before, the
 * withdrawal of the invitation when they cancel ({@link BookingMailDue}); and, when a
 * session changes or is cancelled ({@link SessionChanged}), the update (a new invitation,
 * higher SEQUENCE) or the cancellation (METHOD:CANCEL) to everyone booked. Every e-mail
 * has a link of its own to the booking ({@link BookingLinks}); none names any family.
 * <p>
 * Each e-mail once: it is recorded in {@code training_mail} (booking and kind) in the
 * transaction that sends it, so an event delivered again sends nothing twice, and a send
 * that fails rolls back its record and throws, so that the event publication registry
 * tries again. Nothing is sent that is no longer true (a place cancelled meanwhile, a
 * session cancelled or started).
 */
@Component
class BookingMail {

	private static final Logger log = LoggerFactory.getLogger(BookingMail.class);

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final String SELECT = """
			select id, session_id, name, email, organisation, sector, role, seniority, user_id, status, booked_at,
			       waiting_since, version
			from training_booking
			""";

	private final JdbcClient jdbc;

	private final SessionSeats sessions;

	private final Bookings bookings;

	private final BookingLinks links;

	private final ObjectProvider<JavaMailSender> senders;

	private final AuditTrail audit;

	private final Clock clock;

	private final String from;

	private final TransactionTemplate separately;

	BookingMail(JdbcClient jdbc, SessionSeats sessions, Bookings bookings, BookingLinks links,
			ObjectProvider<JavaMailSender> senders, AuditTrail audit, Clock clock,
			@Value("${familymatters.mail.from:family-matters@localhost}") String from,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.bookings = bookings;
		this.links = links;
		this.senders = senders;
		this.audit = audit;
		this.clock = clock;
		this.from = from;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener(id = "training.booking-mail")
	void send(BookingMailDue due) {
		var booking = booking(due.bookingId());
		var session = booking.flatMap(b -> sessions.find(b.sessionId()));
		if (booking.isEmpty() || session.isEmpty()) {
			return;
		}
		var b = booking.get();
		var s = session.get();
		var now = clock.instant();
		boolean stillTrue = switch (due.kind()) {
			case CONFIRMATION, PLACE_OFFERED, REMINDER -> b.booked() && s.open(now);
			case WAITING_LIST -> b.waiting() && s.open(now);
			case CANCELLED -> Booking.CANCELLED.equals(b.status()) && !s.cancelled() && now.isBefore(s.endsAt());
		};
		if (!stillTrue) {
			log.info("Booking {}: no {} e-mail, it is no longer true", b.id(), due.kind());
			return;
		}
		var letter = switch (due.kind()) {
			case CONFIRMATION -> Letter.CONFIRMATION;
			case WAITING_LIST -> Letter.WAITING_LIST;
			case PLACE_OFFERED -> Letter.PLACE_OFFERED;
			case REMINDER -> Letter.REMINDER;
			case CANCELLED -> Letter.CANCELLED;
		};
		long sequence = (letter == Letter.CANCELLED) ? s.version() + 1 : s.version();
		mail(b, s, letter, due.kind().name(), sequence, bookings.waitingNumber(b));
	}

	/**
	 * A session changed or was cancelled: free places go to the waiting list (when the
	 * session grew), and each booked is sent the update or the cancellation (those
	 * waiting are told of a cancellation too), each once, in a transaction of their own.
	 */
	@ApplicationModuleListener(id = "training.booking-session-changed")
	void sessionChanged(SessionChanged changed) {
		var found = sessions.find(changed.sessionId());
		if (found.isEmpty() || !clock.instant().isBefore(found.get().endsAt())) {
			return;
		}
		if (!changed.cancelled() && found.get().cancelled()) {
			log.info("Training session {}: no update e-mail, it has been cancelled since", changed.sessionId());
			return;
		}
		// Whoever is given a place now is sent that, with the session as it is: not an
		// update as well.
		var given = changed.cancelled() ? List.<UUID>of()
				: separately.execute(status -> bookings.offerFreePlaces(changed.sessionId()));
		var told = jdbc.sql(SELECT + """
				where session_id = :session and status in ('BOOKED', 'WAITING')
				order by id
				""").param("session", changed.sessionId()).query(Booking.class).list();
		for (var booking : told) {
			if (!changed.cancelled() && (!booking.booked() || given.contains(booking.id()))) {
				continue;
			}
			separately.executeWithoutResult(status -> {
				var session = sessions.find(changed.sessionId()).orElseThrow();
				long sequence = Math.max(session.version(), changed.sequence());
				var letter = changed.cancelled() ? Letter.SESSION_CANCELLED : Letter.UPDATED;
				var kind = changed.cancelled() ? "SESSION_CANCELLED" : "UPDATE_" + changed.sequence();
				mail(booking, session, letter, kind, sequence, 0);
			});
		}
	}

	/**
	 * Records the e-mail and sends it, in the caller's transaction; nothing when it was
	 * sent before. A failed send throws: the record rolls back.
	 */
	private void mail(Booking booking, SessionSeats.Seats session, Letter letter, String kind, long sequence,
			long waitingNumber) {
		int recorded = jdbc.sql("""
				insert into training_mail (booking_id, kind) values (:booking, :kind) on conflict do nothing
				""").param("booking", booking.id()).param("kind", kind).update();
		if (recorded == 0) {
			return;
		}
		var sender = senders.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("No SMTP server is configured: the e-mail waits until there is one");
		}
		var link = links.issue(booking.id());
		// Whoever has a place gets the invitation (or its cancellation); whoever
		// cancelled,
		// its withdrawal; the waiting list none.
		boolean withCalendar = letter.invitation() && (booking.booked() || letter == Letter.CANCELLED);
		var calendar = withCalendar
				? BookingInvitation.message(session, booking, sequence, letter.withdraws(), from, link, clock.instant())
				: null;
		sender.send(message(sender, booking.email(), letter, session, link, waitingNumber, calendar));
		audit.record(new AuditEntry(TrainingAudit.BOOKING_MAILED, true, Bookings.RECORD, booking.id().toString(),
				Basis.SYSTEM, kind, null));
	}

	private MimeMessage message(JavaMailSender sender, String to, Letter letter, SessionSeats.Seats session,
			String link, long waitingNumber, String calendar) {
		var message = sender.createMimeMessage();
		try {
			var helper = new MimeMessageHelper(message, calendar != null, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject(letter, session));
			helper.setText(text(letter, session, link, waitingNumber));
			if (calendar != null) {
				var method = letter.withdraws() ? "CANCEL" : "REQUEST";
				helper.addAttachment("training.ics", new ByteArrayResource(calendar.getBytes(StandardCharsets.UTF_8)),
						"text/calendar; charset=UTF-8; method=" + method);
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("The booking's e-mail could not be written", ex);
		}
		return message;
	}

	/** The e-mail's subject. */
	static String subject(Letter letter, SessionSeats.Seats session) {
		var on = session.title() + " on " + SHORT_DAY.format(session.startsAt().atZone(ServiceTime.ZONE));
		return "Family Matters training: " + switch (letter) {
			case CONFIRMATION -> "your place on " + on;
			case WAITING_LIST -> "you are on the waiting list for " + on;
			case PLACE_OFFERED -> "a place has become free on " + on + " and it is yours";
			case REMINDER -> "reminder, " + on;
			case CANCELLED -> "you have cancelled your place on " + on;
			case UPDATED -> "changed, " + on;
			case SESSION_CANCELLED -> "cancelled, " + on;
		};
	}

	/** The e-mail's text: what happened, the joining instructions, and the link. */
	static String text(Letter letter, SessionSeats.Seats session, String link, long waitingNumber) {
		var text = new StringBuilder("Hello,\n\n");
		text.append(switch (letter) {
			case CONFIRMATION -> "Thank you for booking a place on " + session.title() + ". Your place is confirmed.";
			case WAITING_LIST -> "The session of " + session.title() + " is full, so you are on its waiting list: "
					+ "number " + waitingNumber + ". If a place becomes free it is offered to the first on the "
					+ "list, and we will email you if it is yours.";
			case PLACE_OFFERED -> "A place has become free on " + session.title() + " and it is yours: you were "
					+ "first on the waiting list. You do not need to do anything to accept it.";
			case REMINDER -> "This is a reminder that your session of " + session.title() + " is in two days.";
			case CANCELLED -> "You have cancelled your place on " + session.title() + ". The attached file takes it "
					+ "out of your calendar.";
			case UPDATED -> "The session of " + session.title() + " you have a place on has changed. This is when "
					+ "and where it is now.";
			case SESSION_CANCELLED -> "We are sorry: the session of " + session.title() + " has been cancelled."
					+ " The attached file, if any, takes it out of your calendar.";
		}).append("\n\n");
		text.append("When: ").append(BookingRules.when(session.startsAt(), session.endsAt())).append("\n");
		if (letter != Letter.CANCELLED && letter != Letter.SESSION_CANCELLED) {
			if (session.venue() != null) {
				text.append("Where: ").append(session.venue()).append("\n");
				if (session.address() != null) {
					text.append("Address: ").append(session.address()).append("\n");
				}
			}
			if (session.onlineLink() != null) {
				text.append("Join online: ").append(session.onlineLink()).append("\n");
			}
			if (letter != Letter.WAITING_LIST) {
				text.append("\nWhat to bring: ")
					.append((session.venue() != null)
							? "a pen and paper. Please arrive 10 minutes early to sign in at the door."
							: "a computer, tablet or phone with a camera and microphone. Please join 5 minutes early.")
					.append("\n\nOpen the attached file to put the session in your calendar.\n");
			}
		}
		text.append("\n");
		if (letter != Letter.CANCELLED && letter != Letter.SESSION_CANCELLED) {
			text.append((letter == Letter.WAITING_LIST) ? "See your place on the waiting list, or leave it, at "
					: "See your booking, or cancel your place if you cannot come, at ")
				.append(link)
				.append("\n\n");
		}
		text.append("Family Matters training\n");
		return text.toString();
	}

	private Optional<Booking> booking(UUID bookingId) {
		return jdbc.sql(SELECT + " where id = :id").param("id", bookingId).query(Booking.class).optional();
	}

	/** What an e-mail says. */
	enum Letter {

		CONFIRMATION(true, false), WAITING_LIST(false, false), PLACE_OFFERED(true, false), REMINDER(true, false),
		CANCELLED(true, true), UPDATED(true, false), SESSION_CANCELLED(true, true);

		private final boolean invitation;

		private final boolean withdraws;

		Letter(boolean invitation, boolean withdraws) {
			this.invitation = invitation;
			this.withdraws = withdraws;
		}

		/** Whether it carries the invitation (to whoever has a place). */
		boolean invitation() {
			return invitation;
		}

		/** Whether the invitation it carries is a cancellation. */
		boolean withdraws() {
			return withdraws;
		}

	}

}
