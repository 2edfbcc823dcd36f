package org.familymatters.family;

import java.util.HashSet;
import java.util.List;

import org.familymatters.family.internal.NameCandidates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a text names people in families on record, for a message that must name no
 * family member (a network's message to its members). It reads no family for the caller
 * and tells only which of the caller's own words are the full name, "given family", of
 * someone on record (in any family, case-insensitively, by whole words): so it says that
 * such a name is on record, and a caller must limit how often each user may ask and audit
 * each check (without the text).
 */
@Service
public class NamesOnRecord {

	private final JdbcClient jdbc;

	NamesOnRecord(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The words of {@code text}, as typed, that are the full name of a person on record
	 * (not merged into another), each once, in the order of the text; empty when there
	 * are none. Looks up only the pairs of neighbouring words of the text (by the index
	 * of people's names), never every person.
	 */
	@Transactional(readOnly = true)
	public List<String> namesOnRecordIn(String text) {
		var candidates = NameCandidates.of(text);
		if (candidates.all().isEmpty()) {
			return List.of();
		}
		var givens = candidates.all().stream().map(NameCandidates.Candidate::given).toArray(String[]::new);
		var families = candidates.all().stream().map(NameCandidates.Candidate::family).toArray(String[]::new);
		var onRecord = new HashSet<String>();
		jdbc.sql("""
				select distinct c.given, c.family
				from unnest(cast(:givens as text[]), cast(:families as text[])) as c (given, family)
				where exists (select 1 from person p
				              where lower(btrim(p.family_name)) = c.family and lower(btrim(p.given_name)) = c.given
				                and p.merged_into is null)
				""")
			.param("givens", givens)
			.param("families", families)
			.query((rs, n) -> NameCandidates.Candidate.key(rs.getString("given"), rs.getString("family")))
			.list()
			.forEach(onRecord::add);
		return candidates.matching(onRecord);
	}

}
