package org.familymatters.plan.internal;

import java.util.Map;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.ErasureApproved;
import org.familymatters.shared.privacy.PersonalDataErased;
import org.familymatters.shared.privacy.TextErasure;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The support plan module's part in carrying out a request to erase a person's data (ADR
 * 0018), on {@link ErasureApproved}: the plans of the person's families stay (their
 * needs, scores, actions and dates are the outcome reports' figures), and the person's
 * names are taken out of their free text — goals, actions and their reasons, action
 * notes, reviews and assessment notes. An action about the person keeps pointing at their
 * (now anonymous) record. Audited per family as {@link PlanAudit#PLAN_TEXT_ERASED}, basis
 * SYSTEM ({@code ERASURE:<request>}); the module answers with {@link PersonalDataErased}.
 * Safe to receive twice.
 */
@Component
class PlanErasure {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	PlanErasure(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void erase(ErasureApproved approved) {
		var subject = approved.subject();
		var families = subject.familyIds();
		int texts = 0;
		if (!families.isEmpty()) {
			var names = subject.names();
			var params = Map.of("families", families);
			var ofPlans = "plan_id in (select id from plan_support_plan where family_id in (:families))";
			texts += TextErasure.redact(jdbc, "plan_goal", "text", ofPlans, params, names);
			texts += TextErasure.redact(jdbc, "plan_action", "description", "family_id in (:families)", params, names);
			texts += TextErasure.redact(jdbc, "plan_action", "status_reason", "family_id in (:families)", params,
					names);
			texts += TextErasure.redact(jdbc, "plan_action_note", "text",
					"action_id in (select id from plan_action where family_id in (:families))", params, names);
			texts += TextErasure.redact(jdbc, "plan_review", "attended", ofPlans, params, names);
			texts += TextErasure.redact(jdbc, "plan_review", "what_changed", ofPlans, params, names);
			texts += TextErasure.redact(jdbc, "plan_support_plan", "closed_reason", "family_id in (:families)", params,
					names);
			var ofAssessments = "assessment_id in (select id from plan_assessment where family_id in (:families))";
			texts += TextErasure.redact(jdbc, "plan_assessment_score", "note", ofAssessments, params, names);
			texts += TextErasure.redact(jdbc, "plan_assessment_score", "family_view", ofAssessments, params, names);
		}
		if (texts > 0) {
			int changed = texts;
			audit.recordAll(families.stream()
				.map(id -> AuditEntry
					.allowed(PlanAudit.PLAN_TEXT_ERASED, "family", id, Basis.SYSTEM, "ERASURE:" + approved.requestId())
					.withDetail(changed + " texts changed"))
				.toList());
		}
		var description = (texts == 0) ? "No support plan text named the person."
				: "The person's name taken out of %d text%s of their families' support plans; the plans' figures kept."
					.formatted(texts, (texts == 1) ? "" : "s");
		events.publishEvent(new PersonalDataErased(approved.requestId(), "plan", description));
	}

}
