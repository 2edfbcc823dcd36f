package org.familymatters.bridges.internal;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.AnonymisedFamilyRows;
import org.familymatters.shared.privacy.FamiliesAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The Building Bridges module's part when closed families are made anonymous
 * ({@link FamiliesAnonymised}, ADR 0016): the words of each family's referrals go — what
 * the family says, why the home was found not suitable, the safeguarding check's note,
 * household, domestic abuse, risk to children, licence conditions and the lead's reasons,
 * the council referred to and its answer — replaced by {@link FamiliesAnonymised#REMOVED}
 * where a value is required, cleared where not. What the pilot's report counts stays: the
 * referral, its day, the family's answer, the home decision, the accommodation on release
 * and the day, the check's decision, the follow-ups. Audited per family as
 * {@link BridgesAudit#BRIDGES_CLOSED_FAMILY_ANONYMISED}, basis SYSTEM. Safe to receive
 * twice: only rows not yet anonymous change.
 */
@Component
class BridgesClosedFamilies {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	BridgesClosedFamilies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void anonymise(FamiliesAnonymised anonymised) {
		var rows = new AnonymisedFamilyRows(jdbc, anonymised.familyIds());
		rows.run(
				"""
						update bridges_referral
						set family_says = null, home_reason = case when home_reason is not null then :removed end, version = version + 1
						where family_id = any(cast(:families as uuid[]))
						  and (family_says is not null or coalesce(home_reason, :removed) <> :removed)
						returning family_id
						""");
		rows.run(
				"""
						update bridges_check
						set request_note = :removed, household = :removed,
						    domestic_abuse = case when domestic_abuse is not null then :removed end,
						    risk_to_children = case when risk_to_children is not null then :removed end,
						    licence_conditions = case when licence_conditions is not null then :removed end,
						    reason = case when reason is not null then :removed end, version = version + 1
						where referral_id in (select id from bridges_referral where family_id = any(cast(:families as uuid[])))
						  and (request_note <> :removed or household <> :removed or coalesce(domestic_abuse, :removed) <> :removed
						       or coalesce(risk_to_children, :removed) <> :removed
						       or coalesce(licence_conditions, :removed) <> :removed or coalesce(reason, :removed) <> :removed)
						returning family_id
						""");
		rows.run("""
				update bridges_housing_referral h
				set council = :removed, answer = case when h.answer is not null then :removed end
				from bridges_referral r
				where r.id = h.referral_id and r.family_id = any(cast(:families as uuid[]))
				  and (h.council <> :removed or coalesce(h.answer, :removed) <> :removed)
				returning r.family_id
				""");
		audit.recordAll(rows.changed()
			.entrySet()
			.stream()
			.map(changed -> AuditEntry
				.allowed(BridgesAudit.BRIDGES_CLOSED_FAMILY_ANONYMISED, "family", changed.getKey(), Basis.SYSTEM,
						FamiliesAnonymised.BASIS_REFERENCE)
				.withDetail("%d row%s of Building Bridges referrals made anonymous; the pilot's figures kept"
					.formatted(changed.getValue(), (changed.getValue() == 1) ? "" : "s")))
			.toList());
	}

}
