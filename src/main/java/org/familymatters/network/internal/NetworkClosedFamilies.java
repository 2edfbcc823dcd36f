package org.familymatters.network.internal;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.AnonymisedFamilyRows;
import org.familymatters.shared.privacy.FamiliesAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The network module's part when closed families are made anonymous
 * ({@link FamiliesAnonymised}, ADR 0016): each agenda item raised about the family (its
 * summary, and a title if it has one) and every version of the minutes of those items,
 * published ones too, are replaced by {@link FamiliesAnonymised#REMOVED}. The items,
 * their letters, the meetings, attendance and the actions agreed stay for the network's
 * record. Audited per family as {@link NetworkAudit#NETWORK_CLOSED_FAMILY_ANONYMISED},
 * basis SYSTEM. Safe to receive twice: only rows not yet anonymous change.
 */
@Component
class NetworkClosedFamilies {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	NetworkClosedFamilies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void anonymise(FamiliesAnonymised anonymised) {
		var rows = new AnonymisedFamilyRows(jdbc, anonymised.familyIds());
		rows.run(
				"""
						update network_agenda_item
						set summary = :removed, title = case when title is not null then :removed end
						where family_id = any(cast(:families as uuid[])) and (summary <> :removed or coalesce(title, :removed) <> :removed)
						returning family_id
						""");
		rows.run("""
				update network_minute m set text = :removed
				from network_agenda_item i
				where i.id = m.item_id and i.family_id = any(cast(:families as uuid[])) and m.text <> :removed
				returning i.family_id
				""");
		audit.recordAll(rows.changed()
			.entrySet()
			.stream()
			.map(changed -> AuditEntry
				.allowed(NetworkAudit.NETWORK_CLOSED_FAMILY_ANONYMISED, "family", changed.getKey(), Basis.SYSTEM,
						FamiliesAnonymised.BASIS_REFERENCE)
				.withDetail("%d row%s of agenda items and minutes made anonymous".formatted(changed.getValue(),
						(changed.getValue() == 1) ? "" : "s")))
			.toList());
	}

}
