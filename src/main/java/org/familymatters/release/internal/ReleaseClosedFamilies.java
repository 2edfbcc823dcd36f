package org.familymatters.release.internal;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.AnonymisedFamilyRows;
import org.familymatters.shared.privacy.FamiliesAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The release plan module's part when closed families are made anonymous
 * ({@link FamiliesAnonymised}, ADR 0016): each family's release plans lose the address
 * (its first line becomes {@link FamiliesAnonymised#REMOVED} where the plan says "another
 * address", which requires one), the family's view, the probation practitioner and how to
 * reach them, the money note, who meets the person, travel and first appointments, and
 * each adult's note on the plan. Kept: the plan, its dates, where the person was to live
 * (by kind), whether the children lived there, benefits and documents (by answer), the
 * probation service, each adult's answer and the support plan actions it added. Audited
 * per family as {@link ReleaseAudit#RELEASE_CLOSED_FAMILY_ANONYMISED}, basis SYSTEM. Safe
 * to receive twice: only rows not yet anonymous change.
 */
@Component
class ReleaseClosedFamilies {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ReleaseClosedFamilies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void anonymise(FamiliesAnonymised anonymised) {
		var rows = new AnonymisedFamilyRows(jdbc, anonymised.familyIds());
		rows.run(
				"""
						update release_plan
						set address_line_1 = case when living = 'other_address' then :removed end, address_line_2 = null, town = null,
						    postcode = null, family_view = null, probation_practitioner = null, probation_contact = null,
						    money_note = null, met_by = null, travel = null, first_appointments = null, version = version + 1
						where family_id = any(cast(:families as uuid[]))
						  and (address_line_1 is distinct from (case when living = 'other_address' then :removed end)
						       or address_line_2 is not null or town is not null or postcode is not null or family_view is not null
						       or probation_practitioner is not null or probation_contact is not null or money_note is not null
						       or met_by is not null or travel is not null or first_appointments is not null)
						returning family_id
						""");
		rows.run("""
				update release_plan_agreement a set note = null
				from release_plan p
				where p.id = a.plan_id and p.family_id = any(cast(:families as uuid[])) and a.note is not null
				returning p.family_id
				""");
		audit.recordAll(rows.changed()
			.entrySet()
			.stream()
			.map(changed -> AuditEntry
				.allowed(ReleaseAudit.RELEASE_CLOSED_FAMILY_ANONYMISED, "family", changed.getKey(), Basis.SYSTEM,
						FamiliesAnonymised.BASIS_REFERENCE)
				.withDetail("%d row%s of release plans made anonymous".formatted(changed.getValue(),
						(changed.getValue() == 1) ? "" : "s")))
			.toList());
	}

}
