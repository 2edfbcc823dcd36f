package org.familymatters.school.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the school module records in the audit trail. */
public enum SchoolAudit implements AuditAction {

	/** Told a school that one of its pupils has a parent or carer in custody. */
	SCHOOL_NOTIFIED("Told a school that one of its pupils has a parent or carer in custody"),

	/** Viewed a school's list of pupils affected. */
	PUPILS_AFFECTED_VIEWED("Viewed a school's list of pupils affected"),

	/** Viewed a family's children, their schools and whether each school may be told. */
	CHILDREN_SCHOOLS_VIEWED("Viewed a family's children, their schools and whether each may be told"),

	/** Set a school's designated contact. */
	SCHOOL_CONTACT_SET("Set a school's designated contact"),

	/** E-mailed a school's designated contact that a pupil was added to its list. */
	SCHOOL_NOTIFIED_MAILED("E-mailed a school's designated contact that a pupil was added to its list"),

	/** Took a pupil off a school's list because consent no longer covers the school. */
	SCHOOL_NOTIFICATION_ENDED("Took a pupil off a school's list: consent no longer covers the school"),

	/** E-mailed a school's designated contact that a pupil has left its list. */
	PUPIL_LEFT_MAILED("E-mailed a school's designated contact that a pupil has left its list"),

	// P4: subject access sources (issue 17)

	/**
	 * Read what a school was told about the person's family for a subject access request.
	 */
	SCHOOL_SUBJECT_ACCESS_READ("Read what a school was told about the person's family for a subject access request"),

	// What the school module records when a closed family's period ends and its rows are
	// made anonymous (ADR 0016, "Closed families across modules").
	/**
	 * Deleted what schools were told about a closed family's pupils after the retention
	 * period.
	 */
	SCHOOL_CLOSED_FAMILY_REMOVED(
			"Deleted what schools were told about a closed family's pupils after the retention period");

	private final String description;

	SchoolAudit(String description) {
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
		public List<SchoolAudit> actions() {
			return List.of(values());
		}

	}

}
