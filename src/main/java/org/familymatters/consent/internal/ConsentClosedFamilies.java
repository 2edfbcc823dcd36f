package org.familymatters.consent.internal;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.AnonymisedFamilyRows;
import org.familymatters.shared.privacy.FamiliesAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The consent module's part when closed families are made anonymous
 * ({@link FamiliesAnonymised}, ADR 0016): the words of each family's consents (purpose,
 * witness, why withdrawn) and of its requests to share without consent (the reason, the
 * lead's reasons) are replaced by {@link FamiliesAnonymised#REMOVED}. The facts stay: who
 * gave consent (a person the family module has made anonymous), how, what it covered and
 * for whom, and when; each request's status, organisations, locality and dates. Audited
 * per family as {@link ConsentAudit#CONSENT_CLOSED_FAMILY_ANONYMISED}, basis SYSTEM. Safe
 * to receive twice: only rows not yet anonymous change.
 */
@Component
class ConsentClosedFamilies {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ConsentClosedFamilies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void anonymise(FamiliesAnonymised anonymised) {
		var rows = new AnonymisedFamilyRows(jdbc, anonymised.familyIds());
		rows.run("""
				update consent
				set purpose = :removed, witness = case when witness is not null then :removed end,
				    withdrawal_note = case when withdrawal_note is not null then :removed end, version = version + 1
				where family_id = any(cast(:families as uuid[]))
				  and (purpose <> :removed or coalesce(witness, :removed) <> :removed
				       or coalesce(withdrawal_note, :removed) <> :removed)
				returning family_id
				""");
		rows.run("""
				update safeguarding_request
				set reason = :removed, decision_reason = case when decision_reason is not null then :removed end,
				    version = version + 1
				where family_id = any(cast(:families as uuid[]))
				  and (reason <> :removed or coalesce(decision_reason, :removed) <> :removed)
				returning family_id
				""");
		audit.recordAll(rows.changed()
			.entrySet()
			.stream()
			.map(changed -> AuditEntry
				.allowed(ConsentAudit.CONSENT_CLOSED_FAMILY_ANONYMISED, "family", changed.getKey(), Basis.SYSTEM,
						FamiliesAnonymised.BASIS_REFERENCE)
				.withDetail("%d row%s of consents and requests to share: their words removed"
					.formatted(changed.getValue(), (changed.getValue() == 1) ? "" : "s")))
			.toList());
	}

}
