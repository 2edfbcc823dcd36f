package org.familymatters.plan.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/** What the support plan module records in the audit trail. */
public enum PlanAudit implements AuditAction {

	/** Added an action to a family's plan. */
	ACTION_ADDED("Added an action to a family's plan"),

	/** Changed an action of a family's plan (owner, due date or wording). */
	ACTION_CHANGED("Changed an action of a family's plan (owner, due date or wording)"),

	/** Added a note to an action. */
	ACTION_NOTE_ADDED("Added a note to an action"),

	/** E-mailed an action's owner that it is overdue. */
	ACTION_OVERDUE_MAILED("E-mailed an action's owner that it is overdue"),

	/** E-mailed an action's owner that it was given to them. */
	ACTION_ASSIGNED_MAILED("E-mailed an action's owner that it was given to them"),

	/** Changed an action's status. */
	ACTION_STATUS_CHANGED("Changed an action's status"),

	/** Viewed an action of a family's plan. */
	ACTION_VIEWED("Viewed an action of a family's plan"),

	/** Was shown an action in their list of actions. */
	ACTIONS_LISTED("Was shown an action in their list of actions"),

	/** Recorded a needs assessment. */
	ASSESSMENT_RECORDED("Recorded a needs assessment"),

	/** Viewed a needs assessment. */
	ASSESSMENT_VIEWED("Viewed a needs assessment"),

	/** Was shown a family in their caseload. */
	CASELOAD_LISTED("Was shown a family in their caseload"),

	/** Viewed a family's distance travelled. */
	DISTANCE_TRAVELLED_VIEWED("Viewed a family's distance travelled"),

	/** Added a goal to a family's plan. */
	GOAL_ADDED("Added a goal to a family's plan"),

	/** Added a need area. */
	NEED_AREA_ADDED("Added a need area"),

	/** Changed a need area. */
	NEED_AREA_CHANGED("Changed a need area"),

	/** Downloaded the outcomes report. */
	OUTCOMES_EXPORTED("Downloaded the outcomes report"),

	/** Viewed the outcomes report. */
	OUTCOMES_VIEWED("Viewed the outcomes report"),

	/** Closed a family's plan. */
	PLAN_CLOSED("Closed a family's plan"),

	/** Printed a family's plan. */
	PLAN_PRINTED("Printed a family's plan"),

	/** Started a family's support plan. */
	PLAN_STARTED("Started a family's support plan"),

	/** Viewed a family's support plan. */
	PLAN_VIEWED("Viewed a family's support plan"),

	/** Recorded a review of a family's plan. */
	REVIEW_RECORDED("Recorded a review of a family's plan"),

	// P4: subject access sources (issue 17)

	/** Read the support plan of the person's family for a subject access request. */
	PLAN_SUBJECT_ACCESS_READ("Read the support plan of the person's family for a subject access request"),

	// What the support plan module records when it erases a person's data on request
	// (ADR 0018).
	/**
	 * Took a person's name out of a family's support plan on their request to erase their
	 * data.
	 */
	PLAN_TEXT_ERASED("Took a person's name out of a family's support plan on their request to erase their data"),

	// What the support plan module records when a closed family's period ends and its
	// rows are made anonymous (ADR 0016, "Closed families across modules").
	/** Removed the words of a closed family's support plan after the retention period. */
	PLAN_CLOSED_FAMILY_ANONYMISED("Removed the words of a closed family's support plan after the retention period");

	private final String description;

	PlanAudit(String description) {
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
		public List<PlanAudit> actions() {
			return List.of(values());
		}

	}

}
