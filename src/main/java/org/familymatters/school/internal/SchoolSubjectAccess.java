package org.familymatters.school.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.Identifiers;
import org.familymatters.shared.privacy.PackageText;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the schools module holds about a person, for their subject access package (section
 * "Schools"): each time a school was told that a pupil of one of their families (by the
 * family ids the officer confirmed), or they themselves, has a parent or carer in custody
 * — the school, when it was told and by whom, until when the pupil stayed on its list,
 * and when the school was told the pupil had left it. The module keeps no names: a pupil
 * who is someone else (their child) is redacted as such, since the child's identity is
 * the child's own; what the school was told about the family is theirs. Each notification
 * read is audited as {@link SchoolAudit#SCHOOL_SUBJECT_ACCESS_READ}, basis ROLE,
 * reference the request.
 */
@Component
public class SchoolSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Schools";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	SchoolSubjectAccess(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		if (subject.familyIds().isEmpty() && subject.personIds().isEmpty()) {
			return List.of();
		}
		var told = jdbc.sql("""
				select n.id, n.person_id, o.name as school, u.display_name as notified_by, n.notified_at, n.ended_at,
				       n.left_told_at
				from school_notification n
				join identity_organisation o on o.id = n.school_id
				left join identity_user u on u.id = n.notified_by
				where n.family_id in (:families) or n.person_id in (:persons)
				order by n.notified_at, n.id
				""")
			.param("families", Identifiers.idsForSql(subject.familyIds()))
			.param("persons", Identifiers.idsForSql(subject.personIds()))
			.query((rs, n) -> new Told(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getString("school"), rs.getString("notified_by"), instant(rs.getTimestamp("notified_at")),
					instant(rs.getTimestamp("ended_at")), instant(rs.getTimestamp("left_told_at"))))
			.list();
		if (told.isEmpty()) {
			return List.of();
		}
		var items = new ArrayList<SubjectAccessItem>();
		for (var t : told) {
			var fields = new ArrayList<SubjectAccessField>();
			fields.add(SubjectAccessField.of("School", t.school()));
			fields.add(subject.personIds().contains(t.person()) ? SubjectAccessField.of("Pupil", "You")
					: SubjectAccessField.redacted("Pupil"));
			fields.add(SubjectAccessField.of("What the school was told",
					"That one of its pupils has a parent or carer in custody"));
			fields.add(SubjectAccessField.of("Told", PackageText.dateTime(t.notifiedAt())));
			fields.add(SubjectAccessField.of("Told by", t.notifiedBy()));
			fields.add(SubjectAccessField.of("On the school's list until",
					(t.endedAt() != null) ? PackageText.dateTime(t.endedAt()) : "Still on the list"));
			fields.add(SubjectAccessField.of("School told the pupil has left its list",
					PackageText.dateTime(t.leftToldAt())));
			items.add(new SubjectAccessItem("school_notification", t.id().toString(),
					t.school() + " told on " + PackageText.day(t.notifiedAt()),
					fields.stream().filter(f -> f.isRedacted() || f.value() != null).toList()));
		}
		audit.recordAll(told.stream()
			.map(t -> AuditEntry.allowed(SchoolAudit.SCHOOL_SUBJECT_ACCESS_READ, "school_notification", t.id(),
					Basis.ROLE, subject.requestId().toString()))
			.toList());
		return List.of(new SubjectAccessSection("school", TITLE, items));
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	private record Told(UUID id, UUID person, String school, String notifiedBy, Instant notifiedAt, Instant endedAt,
			Instant leftToldAt) {
	}

}
