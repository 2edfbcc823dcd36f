package org.familymatters.plan.internal;

import java.util.List;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditActionCatalogue;

import org.springframework.stereotype.Component;

/**
 * What the support plan module records when it erases a person's data on request (ADR
 * 0018).
 */
public enum PlanErasureAudit implements AuditAction {

	/**
	 * Took a person's name out of a family's support plan on their request to erase their
	 * data.
	 */
	PLAN_TEXT_ERASED("Took a person's name out of a family's support plan on their request to erase their data");

	private final String description;

	PlanErasureAudit(String description) {
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
		public List<PlanErasureAudit> actions() {
			return List.of(values());
		}

	}

}
