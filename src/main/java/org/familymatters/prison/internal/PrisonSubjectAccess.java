package org.familymatters.prison.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.Identifiers;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the prisons module holds about a person, for their subject access package (section
 * "Prison family services"). It holds no family's data (moves between prisons are the
 * family module's): the only personal data is a prison's family liaison contact, a member
 * of the prison's staff, found by their whole name, e-mail address or phone number. Each
 * prison read is audited as {@link PrisonAudit#PRISON_SUBJECT_ACCESS_READ}, basis ROLE,
 * reference the request.
 */
@Component
public class PrisonSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Prison family services";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PrisonSubjectAccess(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		var who = Identifiers.of(subject);
		var found = jdbc
			.sql("""
					select s.organisation_id, o.name, s.liaison_name, s.liaison_email, s.liaison_phone
					from prison_family_service s join identity_organisation o on o.id = s.organisation_id
					where (:email <> '' and lower(btrim(s.liaison_email)) = :email)
					   or (:phone <> '' and right(regexp_replace(coalesce(s.liaison_phone, ''), '\\D', '', 'g'), 10) = :phone)
					   or substring(lower(btrim(s.liaison_name)) from '(\\S+)$') in (:lastWords)
					order by o.name
					""")
			.param("email", who.email())
			.param("phone", who.phoneTail())
			.param("lastWords", Identifiers.textsForSql(who.lastWords()))
			.query((rs, n) -> new Liaison(rs.getObject("organisation_id", UUID.class), rs.getString("name"),
					rs.getString("liaison_name"), rs.getString("liaison_email"), rs.getString("liaison_phone")))
			.list()
			.stream()
			.filter(l -> who.isNamed(l.name()) || who.hasEmail(l.email()) || who.hasPhone(l.phone()))
			.toList();
		if (found.isEmpty()) {
			return List.of();
		}
		audit.recordAll(found.stream()
			.map(l -> AuditEntry.allowed(PrisonAudit.PRISON_SUBJECT_ACCESS_READ, "organisation", l.prisonId(),
					Basis.ROLE, subject.requestId().toString()))
			.toList());
		var items = new ArrayList<SubjectAccessItem>();
		for (var l : found) {
			var fields = new ArrayList<SubjectAccessField>();
			fields.add(SubjectAccessField.of("Prison", l.prison()));
			fields.add(SubjectAccessField.of("Family liaison contact", l.name()));
			fields.add(SubjectAccessField.of("Liaison e-mail address", l.email()));
			fields.add(SubjectAccessField.of("Liaison phone number", l.phone()));
			items.add(new SubjectAccessItem("organisation", l.prisonId().toString(),
					l.prison() + ": family liaison contact",
					fields.stream().filter(f -> f.value() != null && !f.value().isBlank()).toList()));
		}
		return List.of(new SubjectAccessSection("prison", TITLE, items));
	}

	private record Liaison(UUID prisonId, String prison, String name, String email, String phone) {
	}

}
