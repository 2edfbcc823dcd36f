package org.familymatters.family;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.internal.FamilyAudit;
import org.familymatters.identity.Role;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people a data protection officer confirmed are the person who made a request to
 * correct or erase their data, with the fields a correction may change, for the officer
 * deciding it (ADR 0018). The normal access decision gives the officer nothing; this is
 * their only way to the records, and only to those confirmed for the request: refused
 * (403) and audited for anyone else. Each family read is audited as
 * {@link FamilyAudit#PEOPLE_READ_FOR_REQUEST}, basis ROLE
 * ({@code DATA_PROTECTION_OFFICER}), the request's id in the detail.
 */
@Service
public class PeopleForRequests {

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final AuditTrail audit;

	PeopleForRequests(JdbcClient jdbc, CurrentUser currentUser, AuditTrail audit) {
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.audit = audit;
	}

	/**
	 * The people among {@code personIds} still on record (not merged into another), by
	 * family reference and name.
	 */
	@Transactional
	public List<PersonOnRecord> confirmed(UUID requestId, Collection<UUID> personIds) {
		if (!currentUser.has(Role.DATA_PROTECTION_OFFICER)) {
			audit.record(AuditEntry.refused(FamilyAudit.PEOPLE_READ_FOR_REQUEST, "privacy_request", requestId,
					Basis.ROLE, "NOT_DATA_PROTECTION_OFFICER"));
			throw new AccessDeniedException("Only the data protection officer reads people for a request");
		}
		if (personIds.isEmpty()) {
			return List.of();
		}
		var people = jdbc.sql("""
				select p.id, p.family_id, f.reference, p.given_name, p.family_name, p.other_names, p.date_of_birth,
				       p.phone, p.email, f.address_line_1, f.address_line_2, f.town, f.postcode
				from person p join family f on f.id = p.family_id
				where p.id in (:ids) and p.merged_into is null
				order by f.reference, p.family_name, p.given_name
				""")
			.param("ids", personIds)
			.query((rs, n) -> new PersonOnRecord(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
					rs.getString("reference"), rs.getString("given_name"), rs.getString("family_name"),
					rs.getString("other_names"), rs.getObject("date_of_birth", java.time.LocalDate.class),
					rs.getString("phone"), rs.getString("email"), rs.getString("address_line_1"),
					rs.getString("address_line_2"), rs.getString("town"), rs.getString("postcode")))
			.list();
		audit.recordAll(people.stream()
			.map(PersonOnRecord::familyId)
			.distinct()
			.map(family -> AuditEntry
				.allowed(FamilyAudit.PEOPLE_READ_FOR_REQUEST, "family", family, Basis.ROLE,
						Role.DATA_PROTECTION_OFFICER.name())
				.withDetail("request " + requestId))
			.toList());
		return people;
	}

}
