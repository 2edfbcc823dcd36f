package org.familymatters.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People already on record who may be the person a referral names: similar names (typing errors,
 * other spellings, names the sound of), the same date of birth, the same postcode. Shown to the
 * support worker before anything new is created; it decides nothing by itself.
 */
@Service
public class LikelyMatches {

	private final JdbcClient jdbc;

	LikelyMatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Who is being looked for. Any field may be null. */
	public record Candidate(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
	}

	/** A person on record, and why they may be the same. */
	public record Match(UUID personId, UUID familyId, String familyReference, String givenName, String familyName,
			LocalDate dateOfBirth, String postcode, double score, List<String> reasons) {
	}

	@Transactional(readOnly = true)
	public List<Match> find(Candidate candidate, int limit) {
		if (candidate.familyName() == null || candidate.familyName().isBlank()) {
			return List.of();
		}
		return jdbc.sql("""
				select p.id, p.family_id, f.reference, p.given_name, p.family_name, p.date_of_birth, f.postcode,
				       similarity(lower(p.family_name), lower(:family)) as family_similarity,
				       similarity(lower(p.given_name), lower(coalesce(:given, ''))) as given_similarity
				from person p join family f on f.id = p.family_id
				where p.merged_into is null
				  and (lower(p.family_name) % lower(:family) or dmetaphone(p.family_name) = dmetaphone(:family))
				order by (similarity(lower(p.family_name), lower(:family))
				          + similarity(lower(p.given_name), lower(coalesce(:given, '')))
				          + case when p.date_of_birth = :dob then 1 else 0 end) desc, p.id
				limit :limit
				""")
			.param("family", candidate.familyName().strip())
			.param("given", candidate.givenName())
			.param("dob", candidate.dateOfBirth())
			.param("limit", limit)
			.query((rs, n) -> {
				var dob = rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate();
				var reasons = new java.util.ArrayList<String>();
				reasons.add("similar family name");
				if (rs.getDouble("given_similarity") > 0.3) {
					reasons.add("similar first name");
				}
				if (dob != null && dob.equals(candidate.dateOfBirth())) {
					reasons.add("same date of birth");
				}
				double score = rs.getDouble("family_similarity") + rs.getDouble("given_similarity")
						+ (dob != null && dob.equals(candidate.dateOfBirth()) ? 1 : 0);
				return new Match(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
						rs.getString("reference"), rs.getString("given_name"), rs.getString("family_name"), dob,
						rs.getString("postcode"), score, List.copyOf(reasons));
			})
			.list();
	}

}
