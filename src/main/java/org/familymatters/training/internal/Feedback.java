package org.familymatters.training.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.Secrets;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An attendee's feedback on a session, through the link they were e-mailed
 * ({@link FeedbackMail}): the secret in the link is the only key (an unknown one is not
 * found). Feedback is taken once, and only for a booking marked as attended; it is
 * audited as {@link TrainingAudit#FEEDBACK_GIVEN} (basis SELF: the attendee, through
 * their link).
 */
@Service
public class Feedback {

	/** The longest secret looked up; the e-mailed ones have 43 characters. */
	static final int SECRET_MAX = 100;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Feedback(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The attendee whose link carries the secret, or empty when no link does. */
	@Transactional(readOnly = true)
	public Optional<Attendee> attendee(String secret) {
		if (secret == null || secret.isEmpty() || secret.length() > SECRET_MAX) {
			return Optional.empty();
		}
		return jdbc
			.sql("""
					select b.id, b.name, b.organisation, b.attended_at is not null as attended, c.title, s.starts_at, s.ends_at,
					       exists (select 1 from training_feedback f where f.booking_id = b.id) as given
					from training_booking b join training_session s on s.id = b.session_id
					     join training_course c on c.id = s.course_id
					where b.feedback_token_hash = :hash
					""")
			.param("hash", Secrets.hash(secret))
			.query((rs, n) -> new Attendee(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("organisation"), rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), rs.getBoolean("attended"), rs.getBoolean("given")))
			.optional();
	}

	/**
	 * Keeps the attendee's answers: not found (404) for an unknown link; refused,
	 * changing nothing, for a booking not marked as attended or feedback given already.
	 */
	@Transactional
	public Outcome give(String secret, Answers answers) {
		var attendee = attendee(secret).orElseThrow(() -> new NotFound("feedback link", "secret"));
		if (!attendee.attended()) {
			audit.record(
					AuditEntry
						.refused(TrainingAudit.FEEDBACK_GIVEN, Attendance.RECORD, attendee.bookingId(), Basis.SELF,
								"feedback link")
						.withDetail("not marked as attended"));
			return Outcome.NOT_ATTENDED;
		}
		int kept = jdbc
			.sql("""
					insert into training_feedback (booking_id, confidence_before, confidence_after, do_differently, comments,
					                               given_at)
					select b.id, :before, :after, :differently, :comments, :now from training_booking b
					where b.id = :booking and b.attended_at is not null
					on conflict do nothing
					""")
			.param("booking", attendee.bookingId())
			.param("before", answers.confidenceBefore())
			.param("after", answers.confidenceAfter())
			.param("differently", answers.doDifferently())
			.param("comments", answers.comments())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (kept == 0) {
			audit.record(
					AuditEntry
						.refused(TrainingAudit.FEEDBACK_GIVEN, Attendance.RECORD, attendee.bookingId(), Basis.SELF,
								"feedback link")
						.withDetail("given already"));
			return Outcome.ALREADY_GIVEN;
		}
		audit.record(AuditEntry.allowed(TrainingAudit.FEEDBACK_GIVEN, Attendance.RECORD, attendee.bookingId(),
				Basis.SELF, "feedback link"));
		return Outcome.GIVEN;
	}

	/**
	 * Someone who was booked on a session, as their feedback link finds them.
	 *
	 * @param bookingId their booking
	 * @param name their name
	 * @param organisation their organisation
	 * @param courseTitle the course's title
	 * @param startsAt when the session started
	 * @param endsAt when it ended
	 * @param attended whether they are marked as attended
	 * @param given whether they have given feedback
	 */
	public record Attendee(UUID bookingId, String name, String organisation, String courseTitle, Instant startsAt,
			Instant endsAt, boolean attended, boolean given) {

		/** The session's day, as "Tuesday 10 March 2026". */
		public String day() {
			return Attendance.DAY.format(startsAt.atZone(ServiceTime.ZONE));
		}

		/** The session's hours, as "10:00 to 13:00". */
		public String hours() {
			return Attendance.time(startsAt) + " to " + Attendance.time(endsAt);
		}

	}

	/**
	 * What an attendee said.
	 *
	 * @param confidenceBefore how confident they were, before the session, to recognise
	 * and support children of prisoners (1 not at all, to 5 very)
	 * @param confidenceAfter how confident they are after it
	 * @param doDifferently what they will do differently, or null
	 * @param comments anything else, or null
	 */
	public record Answers(int confidenceBefore, int confidenceAfter, String doDifferently, String comments) {
	}

	/** What came of giving feedback. */
	public enum Outcome {

		/** Kept. */
		GIVEN,

		/** The booking is not marked as attended: nothing kept. */
		NOT_ATTENDED,

		/** Feedback was given already: nothing changed. */
		ALREADY_GIVEN

	}

}
