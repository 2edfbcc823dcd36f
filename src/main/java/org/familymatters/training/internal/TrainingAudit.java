package org.familymatters.training.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the training module records in the audit trail. */
public enum TrainingAudit implements AuditAction {

	/** Created a course. */
	COURSE_CREATED("Created a training course"),

	// P1: courses, sessions and materials (training/internal Courses, TrainingSessions,
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
	MATERIAL_UNPUBLISHED("Unpublished a training material");

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
