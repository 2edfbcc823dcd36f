package org.familymatters.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.consent.AccessDecision;
import org.familymatters.family.internal.FamilyAudit;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The likely-match search for the data protection officer, who looks for the person a
 * recorded request is about among every family's people (ADR 0017): allowed only for an
 * open request ({@link AccessDecision#requireSearchForRequest}); each person shown is
 * audited against their family ({@code LIKELY_MATCH_SHOWN}, ROLE, the request's id),
 * shown with their name, date of birth, place in the family and the family's reference
 * and locality, nothing more.
 */
@Service
public class SubjectAccessMatches {

	/** How many people one search shows at most. */
	public static final int MOST = 20;

	private final LikelyMatches likelyMatches;

	private final AccessDecision access;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	SubjectAccessMatches(LikelyMatches likelyMatches, AccessDecision access, AuditTrail audit, JdbcClient jdbc) {
		this.likelyMatches = likelyMatches;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * The people on record most like any of the names given, best first, at most
	 * {@link #MOST}; refused (403, audited on the request) unless the signed-in user is a
	 * data protection officer and the request is open.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public List<Found> find(UUID requestId, List<LikelyMatches.Candidate> names) {
		var allowed = access.requireSearchForRequest(requestId, FamilyAudit.SUBJECT_ACCESS_SEARCHED);
		var best = new LinkedHashMap<UUID, LikelyMatches.Match>();
		for (var name : names) {
			for (var match : likelyMatches.find(name, MOST)) {
				best.merge(match.personId(), match, (a, b) -> (a.score() >= b.score()) ? a : b);
			}
		}
		var matches = best.values()
			.stream()
			.sorted(Comparator.comparingDouble(LikelyMatches.Match::score)
				.reversed()
				.thenComparing(m -> m.personId().toString()))
			.limit(MOST)
			.toList();
		var facts = facts(matches.stream().map(LikelyMatches.Match::personId).toList());
		var found = new ArrayList<Found>();
		var entries = new ArrayList<AuditEntry>();
		for (var match : matches) {
			var fact = facts.get(match.personId());
			if (fact == null) {
				continue;
			}
			found.add(new Found(match.personId(), match.familyId(), match.familyReference(), match.givenName(),
					match.familyName(), match.dateOfBirth(), fact.role(), fact.locality(), match.reasons()));
			entries.add(new AuditEntry(FamilyAudit.LIKELY_MATCH_SHOWN, true, "family", match.familyId().toString(),
					allowed.basis(), allowed.reference(),
					"person " + match.personId() + " shown as a likely match for a subject access request"));
		}
		audit.recordAll(entries);
		return found;
	}

	/**
	 * The family of each person given who is on record (and not merged into another), for
	 * confirming them as the request's person; refused (403) as {@link #find} is.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Map<UUID, UUID> familiesOf(UUID requestId, Collection<UUID> personIds) {
		access.requireSearchForRequest(requestId, FamilyAudit.SUBJECT_ACCESS_SEARCHED);
		var found = new HashMap<UUID, UUID>();
		if (!personIds.isEmpty()) {
			jdbc.sql("""
					select p.id, p.family_id from person p join family f on f.id = p.family_id
					where p.id in (:ids) and p.merged_into is null and f.merged_into is null
					""")
				.param("ids", List.copyOf(personIds))
				.query((RowCallbackHandler) rs -> found.put(rs.getObject("id", UUID.class),
						rs.getObject("family_id", UUID.class)));
		}
		return found;
	}

	/**
	 * The people confirmed to be a request's person, as the request's page shows them
	 * (name, date of birth, place in the family, the family's reference and locality);
	 * refused (403) as {@link #find} is, and each audited against their family.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public List<Found> confirmed(UUID requestId, Collection<UUID> personIds) {
		var allowed = access.requireSearchForRequest(requestId, FamilyAudit.SUBJECT_ACCESS_SEARCHED);
		if (personIds.isEmpty()) {
			return List.of();
		}
		var found = jdbc.sql("""
				select p.id, p.family_id, f.reference, p.given_name, p.family_name, p.date_of_birth, p.role,
				       l.name as locality
				from person p join family f on f.id = p.family_id join identity_locality l on l.id = f.locality_id
				where p.id in (:ids) order by f.reference, p.family_name, p.given_name
				""")
			.param("ids", List.copyOf(personIds))
			.query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
					rs.getString("reference"), rs.getString("given_name"), rs.getString("family_name"),
					(rs.getDate("date_of_birth") != null) ? rs.getDate("date_of_birth").toLocalDate() : null,
					FamilyRole.ofCode(rs.getString("role")).label(), rs.getString("locality"), List.of()))
			.list();
		audit.recordAll(found.stream()
			.map(f -> new AuditEntry(FamilyAudit.LIKELY_MATCH_SHOWN, true, "family", f.familyId().toString(),
					allowed.basis(), allowed.reference(),
					"person " + f.personId() + " shown as confirmed for a subject access request"))
			.toList());
		return found;
	}

	private Map<UUID, Fact> facts(List<UUID> personIds) {
		var facts = new HashMap<UUID, Fact>();
		if (!personIds.isEmpty()) {
			jdbc.sql("""
					select p.id, p.role, l.name as locality from person p join family f on f.id = p.family_id
					join identity_locality l on l.id = f.locality_id where p.id in (:ids)
					""")
				.param("ids", personIds)
				.query((RowCallbackHandler) rs -> facts.put(rs.getObject("id", UUID.class),
						new Fact(FamilyRole.ofCode(rs.getString("role")).label(), rs.getString("locality"))));
		}
		return facts;
	}

	private record Fact(String role, String locality) {
	}

	/**
	 * A person who may be the one the request is about.
	 *
	 * @param role their place in the family, in words
	 * @param locality the family's locality
	 * @param reasons why they may be the same person
	 */
	public record Found(UUID personId, UUID familyId, String familyReference, String givenName, String familyName,
			LocalDate dateOfBirth, String role, String locality, List<String> reasons) {
	}

}
