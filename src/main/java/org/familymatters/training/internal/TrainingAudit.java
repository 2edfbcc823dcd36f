package org.familymatters.training.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the training module records in the audit trail. */
public enum TrainingAudit implements AuditAction {

	/** Created a course. */
	COURSE_CREATED("Created a training course"),

	// The reach report.

	/** Viewed the training reach report (exact counts). */
	REACH_VIEWED("Viewed the training reach report"),

	/** Downloaded the training reach report (small counts suppressed). */
	REACH_EXPORTED("Downloaded the training reach report"),

	/**
	 * Downloaded a certificate of attendance through the attendee's link (issue 17: every
	 * export is audited).
	 */
	CERTIFICATE_DOWNLOADED("Downloaded a certificate of attendance"),

	// Attendance at the door, feedback and certificates (issue 16, item 3).

	/** Marked someone as attended at a session (refused: why, in the detail). */
	ATTENDANCE_MARKED("Marked someone as attended at a training session"),

	/** Took back a mark of attendance ("Not attended after all"). */
	ATTENDANCE_UNDONE("Took back a mark of attendance at a training session"),

	/**
	 * E-mailed an attendee the link to give feedback (the service, after the marking).
	 */
	FEEDBACK_MAILED("E-mailed an attendee a link to give feedback on a training session"),

	/** An attendee gave feedback through their e-mailed link. */
	FEEDBACK_GIVEN("An attendee gave feedback on a training session"),
	// Bookings, the waiting list and their e-mails (training/internal/Bookings,
	// BookingMail).

	/** Booked a place on a training session. */
	BOOKING_MADE("Booked a place on a training session"),

	/** Joined a training session's waiting list. */
	BOOKING_WAITING("Joined a training session's waiting list"),

	/** Cancelled a place on a training session, or left its waiting list. */
	BOOKING_CANCELLED("Cancelled a place on a training session, or left its waiting list"),

	/** Gave the first on a session's waiting list a place that became free. */
	BOOKING_PLACE_OFFERED("Gave the first on a training session's waiting list a place that became free"),

	/** E-mailed someone about their booking. */
	BOOKING_MAILED("E-mailed someone about their training booking"),
	// Courses, sessions and materials (training/internal Courses, TrainingSessions,
	// Materials).

	/** Changed a course's kind, title, audience or outcomes. */
	COURSE_CHANGED("Changed a training course"),

	/** Created a session of a course. */
	SESSION_CREATED("Created a training session"),

	/** Changed a session's date, time, place, capacity, trainers or locality. */
	SESSION_CHANGED("Changed a training session"),

	/** Cancelled a session. */
	SESSION_CANCELLED("Cancelled a training session"),

	/** Added a file or a link to a course or a session. */
	MATERIAL_ADDED("Added a training material"),

	/** Showed a material on the public pages. */
	MATERIAL_PUBLISHED("Published a training material"),

	/** Took a material off the public pages. */
	MATERIAL_UNPUBLISHED("Unpublished a training material"),

	// P4: subject access sources (issue 17)

	/** Read a training booking of the person for a subject access request. */
	TRAINING_SUBJECT_ACCESS_READ("Read a training booking of the person for a subject access request"),

	// What the training module records when it erases a person's data on request (ADR
	// 0018).
	/** Made a training booking anonymous on the person's request to erase their data. */
	TRAINING_BOOKING_ERASED("Made a training booking anonymous on the person's request to erase their data");

	private final String description;

	TrainingAudit(String description) {
		this.description = description;
	}

	@Override
	public String description() {
		return description;
	}

	/** These actions, for the audit page. */
	@Component
	static class Catalogue implements AuditActionCatalogue {

		@Override
		public List<TrainingAudit> actions() {
			return List.of(values());
		}

	}

}
