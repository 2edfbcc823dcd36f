package org.familymatters.plan.internal;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.AnonymisedFamilyRows;
import org.familymatters.shared.privacy.FamiliesAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The support plan module's part when closed families are made anonymous
 * ({@link FamiliesAnonymised}, ADR 0016): the words of each family's plan go — goals,
 * actions and why one cannot be done, action notes, reviews (who attended, what changed),
 * why the plan closed — replaced by {@link FamiliesAnonymised#REMOVED}, and the
 * assessments' notes and the family's own view are cleared. What the outcomes report and
 * the lists count stays: the plan, its locality, dates and status, goals' need areas,
 * actions' owners, dates and statuses, assessment scores ({@code plan_outcome_day} is not
 * touched, and no column its trigger watches changes). Audited per family as
 * {@link PlanAudit#PLAN_CLOSED_FAMILY_ANONYMISED}, basis SYSTEM. Safe to receive twice:
 * only rows not yet anonymous change.
 */
@Component
class PlanClosedFamilies {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PlanClosedFamilies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void anonymise(FamiliesAnonymised anonymised) {
		var rows = new AnonymisedFamilyRows(jdbc, anonymised.familyIds());
		rows.run("""
				update plan_goal g set text = :removed
				from plan_support_plan p
				where p.id = g.plan_id and p.family_id = any(cast(:families as uuid[])) and g.text <> :removed
				returning p.family_id
				""");
		rows.run("""
				update plan_action
				set description = :removed, status_reason = case when status_reason is not null then :removed end,
				    version = version + 1
				where family_id = any(cast(:families as uuid[]))
				  and (description <> :removed or coalesce(status_reason, :removed) <> :removed)
				returning family_id
				""");
		rows.run("""
				update plan_action_note n set text = :removed
				from plan_action a
				where a.id = n.action_id and a.family_id = any(cast(:families as uuid[])) and n.text <> :removed
				returning a.family_id
				""");
		rows.run("""
				update plan_review r set attended = :removed, what_changed = :removed
				from plan_support_plan p
				where p.id = r.plan_id and p.family_id = any(cast(:families as uuid[]))
				  and (r.attended <> :removed or r.what_changed <> :removed)
				returning p.family_id
				""");
		rows.run("""
				update plan_support_plan set closed_reason = :removed, version = version + 1
				where family_id = any(cast(:families as uuid[])) and closed_reason <> :removed
				returning family_id
				""");
		rows.run("""
				update plan_assessment_score s set note = null, family_view = null
				from plan_assessment a
				where a.id = s.assessment_id and a.family_id = any(cast(:families as uuid[]))
				  and (s.note is not null or s.family_view is not null)
				returning a.family_id
				""");
		audit.recordAll(rows.changed()
			.entrySet()
			.stream()
			.map(changed -> AuditEntry
				.allowed(PlanAudit.PLAN_CLOSED_FAMILY_ANONYMISED, "family", changed.getKey(), Basis.SYSTEM,
						FamiliesAnonymised.BASIS_REFERENCE)
				.withDetail("%d row%s of the support plan's words removed; its figures kept"
					.formatted(changed.getValue(), (changed.getValue() == 1) ? "" : "s")))
			.toList());
	}

}
