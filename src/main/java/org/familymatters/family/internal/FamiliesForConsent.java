package org.familymatters.family.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family module's answers to what the consent module asks about families (ADR 0008),
 * from the family module's own tables.
 */
@Component
class FamiliesForConsent implements FamilyFacts {

	private final Families families;

	private final AccessDecision access;

	private final JdbcClient jdbc;

	FamiliesForConsent(Families families, AccessDecision access, JdbcClient jdbc) {
		this.families = families;
		this.access = access;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccessSubject> subject(UUID familyId) {
		return families.subject(familyId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, AccessSubject> subjects(Collection<UUID> familyIds) {
		return families.subjects(familyIds);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> openFamiliesOf(UUID localityId, UUID keyWorkerId) {
		return new HashSet<>(jdbc.sql("""
				select f.id from family f
				where (f.locality_id = :locality or f.key_worker_id = :worker)
				  and f.status <> 'closed' and f.merged_into is null
				""").param("locality", localityId).param("worker", keyWorkerId).query(UUID.class).list());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Family> family(UUID familyId) {
		return families.find(familyId).map(f -> new Family(f.id(), f.reference(), f.localityId()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Member> people(UUID familyId) {
		return families.people(familyId).stream().map(p -> new Member(p.id(), p.fullName(), p.role().label())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> familyWithReference(String reference) {
		if (reference == null || reference.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select id from family where upper(reference) = upper(:reference)")
			.param("reference", reference.strip())
			.query(UUID.class)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> references(Collection<UUID> familyIds) {
		var references = new HashMap<UUID, String>();
		if (familyIds.isEmpty()) {
			return references;
		}
		jdbc.sql("select id, reference from family where id in (:ids)")
			.param("ids", List.copyOf(familyIds))
			.query((RowCallbackHandler) rs -> references.put(rs.getObject("id", UUID.class),
					rs.getString("reference")));
		return references;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Contact> keyWorker(UUID familyId) {
		return jdbc.sql("""
				select u.display_name, u.email from family f join identity_user u on u.id = f.key_worker_id
				where f.id = :id
				""")
			.param("id", familyId)
			.query((rs, n) -> new Contact(rs.getString("display_name"), rs.getString("email")))
			.optional();
	}

	@Override
	@Transactional
	public Family openForChange(UUID familyId, String purpose) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		access.require(subject, FamilyAudit.FAMILY_VIEWED, true, purpose);
		return family(familyId).orElseThrow(() -> new NotFound("family", familyId));
	}

}
