package org.familymatters.training.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.Identifiers;
import org.familymatters.shared.privacy.PackageText;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the training module holds about a person, for their subject access package
 * (section "Training bookings"): each booking made with their e-mail address or in their
 * whole name — the course and session, the details they gave to book, its status, whether
 * they attended and the feedback they gave. No family's data is in the module, and
 * nothing of the other people booked on a session is read. Each booking read is audited
 * as {@link TrainingAudit#TRAINING_SUBJECT_ACCESS_READ}, basis ROLE, reference the
 * request.
 */
@Component
public class TrainingSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Training bookings";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	TrainingSubjectAccess(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 800;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		var who = Identifiers.of(subject);
		var bookings = jdbc.sql("""
				select b.id, b.name, b.email, b.organisation, b.sector, b.role, b.seniority, b.status, b.booked_at,
				       b.cancelled_at, b.attended_at, c.title, c.kind, s.starts_at, s.venue, s.online_link,
				       f.confidence_before, f.confidence_after, f.do_differently, f.comments, f.given_at
				from training_booking b
				join training_session s on s.id = b.session_id
				join training_course c on c.id = s.course_id
				left join training_feedback f on f.booking_id = b.id
				where (:email <> '' and b.email = :email)
				   or substring(lower(btrim(b.name)) from '(\\S+)$') in (:lastWords)
				order by s.starts_at, b.id
				""")
			.param("email", who.email())
			.param("lastWords", Identifiers.textsForSql(who.lastWords()))
			.query((rs, n) -> new Booking(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
					rs.getString("organisation"), rs.getString("sector"), rs.getString("role"),
					rs.getString("seniority"), rs.getString("status"), instant(rs.getTimestamp("booked_at")),
					instant(rs.getTimestamp("cancelled_at")), instant(rs.getTimestamp("attended_at")),
					rs.getString("title"), rs.getString("kind"), instant(rs.getTimestamp("starts_at")),
					rs.getString("venue"), rs.getString("online_link"), (Integer) rs.getObject("confidence_before"),
					(Integer) rs.getObject("confidence_after"), rs.getString("do_differently"),
					rs.getString("comments"), instant(rs.getTimestamp("given_at"))))
			.list()
			.stream()
			.filter(b -> who.hasEmail(b.email()) || who.isNamed(b.name()))
			.toList();
		if (bookings.isEmpty()) {
			return List.of();
		}
		audit.recordAll(bookings.stream()
			.map(b -> AuditEntry.allowed(TrainingAudit.TRAINING_SUBJECT_ACCESS_READ, "training_booking", b.id(),
					Basis.ROLE, subject.requestId().toString()))
			.toList());
		return List.of(new SubjectAccessSection("training", TITLE, bookings.stream().map(this::item).toList()));
	}

	private SubjectAccessItem item(Booking b) {
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("Course", b.title()));
		fields
			.add(SubjectAccessField.of("Kind of course", label(() -> Course.Kind.valueOf(b.kind()).label(), b.kind())));
		fields.add(SubjectAccessField.of("Session", PackageText.dateTime(b.startsAt())));
		fields.add(SubjectAccessField.of("Where", (b.venue() != null) ? b.venue() : "Online"));
		fields.add(SubjectAccessField.of("Name", b.name()));
		fields.add(SubjectAccessField.of("E-mail address", b.email()));
		fields.add(SubjectAccessField.of("Organisation", b.organisation()));
		fields.add(SubjectAccessField.of("Sector",
				label(() -> BookingRules.Sector.valueOf(b.sector()).label(), b.sector())));
		fields.add(SubjectAccessField.of("Role", label(() -> BookingRules.Role.valueOf(b.role()).label(), b.role())));
		fields.add(SubjectAccessField.of("Seniority",
				label(() -> BookingRules.Seniority.valueOf(b.seniority()).label(), b.seniority())));
		fields.add(SubjectAccessField.of("Booked", PackageText.dateTime(b.bookedAt())));
		fields.add(SubjectAccessField.of("Status", switch (b.status()) {
			case "BOOKED" -> "Booked";
			case "WAITING" -> "On the waiting list";
			default -> "Cancelled";
		}));
		fields.add(SubjectAccessField.of("Cancelled", PackageText.dateTime(b.cancelledAt())));
		fields.add(SubjectAccessField.of("Attended", (b.attendedAt() != null) ? "Yes" : "Not recorded"));
		if (b.feedbackGivenAt() != null) {
			fields.add(SubjectAccessField.of("Feedback given", PackageText.dateTime(b.feedbackGivenAt())));
			fields.add(SubjectAccessField.of("Your confidence before (1 to 5)", String.valueOf(b.confidenceBefore())));
			fields.add(SubjectAccessField.of("Your confidence after (1 to 5)", String.valueOf(b.confidenceAfter())));
			fields.add(SubjectAccessField.of("What you will do differently", b.doDifferently()));
			fields.add(SubjectAccessField.of("Your other comments", b.comments()));
		}
		return new SubjectAccessItem("training_booking", b.id().toString(),
				b.title() + ", " + PackageText.day(b.startsAt()),
				fields.stream().filter(f -> f.value() != null && !f.value().isBlank()).toList());
	}

	private static String label(java.util.function.Supplier<String> label, String code) {
		try {
			return label.get();
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	private record Booking(UUID id, String name, String email, String organisation, String sector, String role,
			String seniority, String status, Instant bookedAt, Instant cancelledAt, Instant attendedAt, String title,
			String kind, Instant startsAt, String venue, String onlineLink, Integer confidenceBefore,
			Integer confidenceAfter, String doDifferently, String comments, Instant feedbackGivenAt) {
	}

}
