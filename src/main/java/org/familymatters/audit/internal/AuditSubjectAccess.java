package org.familymatters.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.PackageWords;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who viewed or changed a person's records, for their subject access package: every audit
 * event on one of the families, or one of the people, the data protection officer
 * confirmed are theirs — when, who (the staff member's name and organisation, as
 * identity's published views give them), what, the outcome and its basis. Events recorded
 * by the service itself say so. Last in the package, so that it includes the reads that
 * made the package. Each family's trail read is audited
 * ({@code SUBJECT_ACCESS_AUDIT_READ}, ROLE, the request's id); only a data protection
 * officer may ask (the privacy module has checked the request is open).
 */
@Component
class AuditSubjectAccess implements SubjectAccessSource {

	static final String DATA_PROTECTION_OFFICER = "ROLE_DATA_PROTECTION_OFFICER";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final AuditActions actions;

	private final CurrentUser currentUser;

	AuditSubjectAccess(JdbcClient jdbc, AuditTrail audit, AuditActions actions, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.actions = actions;
		this.currentUser = currentUser;
	}

	@Override
	public int order() {
		return 1000;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public List<SubjectAccessSection> find(DataSubject subject) {
		if (!currentUser.authorities().contains(DATA_PROTECTION_OFFICER)) {
			throw new AccessDeniedException("Only a data protection officer reads the trail for a person");
		}
		if (subject.familyIds().isEmpty() && subject.personIds().isEmpty()) {
			return List.of();
		}
		var reads = new ArrayList<AuditEntry>();
		subject.familyIds()
			.stream()
			.sorted()
			.forEach(id -> reads.add(new AuditEntry(AuditAudit.SUBJECT_ACCESS_AUDIT_READ, true, "family", id.toString(),
					Basis.ROLE, subject.requestId().toString(), "for the person's subject access package")));
		audit.recordAll(reads);
		var items = jdbc.sql("""
				select e.id, e.occurred_at, e.actor_username, e.actor_id, u.display_name, o.name as organisation,
				       e.action, e.outcome, e.basis, e.record_type
				from audit_event e
				left join identity_user u on u.id = e.actor_id
				left join identity_organisation o on o.id = u.organisation_id
				where (e.record_type = 'family' and e.record_id in (:families))
				   or (e.record_type = 'person' and e.record_id in (:people))
				order by e.occurred_at, e.id
				""")
			.param("families", ids(subject.familyIds().stream().map(UUID::toString).toList()))
			.param("people", ids(subject.personIds().stream().map(UUID::toString).toList()))
			.query((rs, n) -> {
				var fields = new ArrayList<SubjectAccessField>();
				fields
					.add(SubjectAccessField.of("When", PackageWords.time(rs.getTimestamp("occurred_at").toInstant())));
				String who;
				if (rs.getObject("actor_id") == null) {
					who = "system".equals(rs.getString("actor_username")) ? "The service itself"
							: "Someone not signed in";
				}
				else {
					who = (rs.getString("display_name") != null) ? rs.getString("display_name")
							: rs.getString("actor_username");
				}
				fields.add(SubjectAccessField.of("Who", who));
				fields.add(SubjectAccessField.of("Their organisation", rs.getString("organisation")));
				fields.add(SubjectAccessField.of("What", actions.describe(rs.getString("action"))));
				fields.add(SubjectAccessField.of("Outcome",
						"ALLOWED".equals(rs.getString("outcome")) ? "Allowed" : "Refused"));
				fields.add(SubjectAccessField.of("On what basis", basis(rs.getString("basis"))));
				return new SubjectAccessItem("audit_event", Long.toString(rs.getLong("id")),
						actions.describe(rs.getString("action")),
						fields.stream().filter(f -> f.value() != null).toList());
			})
			.list();
		return items.isEmpty() ? List.of()
				: List.of(new SubjectAccessSection("audit", "Who viewed or changed your records", items));
	}

	/** A list the SQL can take even when empty (no id matches the empty text). */
	private static List<String> ids(List<String> ids) {
		return ids.isEmpty() ? List.of("") : ids;
	}

	private static String basis(String basis) {
		return switch (basis) {
			case "ROLE" -> "Their role";
			case "CONSENT" -> "Consent the family gave";
			case "SAFEGUARDING" -> "An approval to share without consent, to keep a child safe";
			case "ACTION" -> "An action of the family's support plan given to them";
			case "SYSTEM" -> "The service's own work";
			default -> "Their own account";
		};
	}

}
