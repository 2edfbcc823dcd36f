package org.familymatters.school.internal;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.AnonymisedFamilyRows;
import org.familymatters.shared.privacy.FamiliesAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The school module's part when closed families are made anonymous
 * ({@link FamiliesAnonymised}, ADR 0016): what a school was told about each family's
 * pupils ({@code school_notification}) and the e-mails it was sent about them
 * ({@code school_mail}) are deleted. A row holds nothing but which school was told about
 * which pupil, and when, and that is the fact (a parent or carer in custody) the family's
 * anonymity hides: the school knows which pupil it was told about, so kept, the row would
 * lead back from the anonymous record to the child. No report counts these rows; the
 * audit trail, kept longer, still shows that the school was told. Audited per family as
 * {@link SchoolAudit#SCHOOL_CLOSED_FAMILY_REMOVED}, basis SYSTEM. Safe to receive twice:
 * nothing is left to delete the second time.
 */
@Component
class SchoolClosedFamilies {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SchoolClosedFamilies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void anonymise(FamiliesAnonymised anonymised) {
		var rows = new AnonymisedFamilyRows(jdbc, anonymised.familyIds());
		rows.run("""
				delete from school_mail m
				using school_notification n
				where n.id = m.notification_id and n.family_id = any(cast(:families as uuid[]))
				returning n.family_id
				""");
		rows.run("""
				delete from school_notification where family_id = any(cast(:families as uuid[]))
				returning family_id
				""");
		audit.recordAll(rows.changed()
			.entrySet()
			.stream()
			.map(changed -> AuditEntry
				.allowed(SchoolAudit.SCHOOL_CLOSED_FAMILY_REMOVED, "family", changed.getKey(), Basis.SYSTEM,
						FamiliesAnonymised.BASIS_REFERENCE)
				.withDetail("%d row%s of what the school was told, and its e-mails, deleted"
					.formatted(changed.getValue(), (changed.getValue() == 1) ? "" : "s")))
			.toList());
	}

}
