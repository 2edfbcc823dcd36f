package org.familymatters.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People already on record who may be the person a referral or a support worker names: similar
 * names (typing errors, other spellings such as Jon and John or Smyth and Smith, names that sound
 * the same, given and family names swapped), the same date of birth, the same postcode. Shown
 * before anything new is created; it decides nothing by itself.
 * <p>
 * How: each typed name is first corrected against {@code person_name}, the short list of names on
 * record, by trigram similarity, double metaphone (both codes) and soundex; people are then found
 * by those exact names in either order, by date of birth and by postcode, through ordinary
 * indexes, and only those few are scored. See docs/families.md.
 */
@Service
public class LikelyMatches {

	/** How many corrected spellings of each typed name are looked up. */
	static final int SPELLINGS = 40;

	/** The least name score a match needs; a same date of birth lowers it to {@link #WITH_BIRTH_DATE}. */
	static final double NAME_SCORE = 0.5;

	static final double WITH_BIRTH_DATE = 0.25;

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

	/** The most likely matches first, at most {@code limit}; none without a family name. */
	@Transactional(readOnly = true)
	public List<Match> find(Candidate candidate, int limit) {
		var family = name(candidate.familyName());
		if (family == null) {
			return List.of();
		}
		var given = name(candidate.givenName());
		var postcode = postcode(candidate.postcode());
		return jdbc.sql(given == null ? FAMILY_NAME_ONLY : BOTH_NAMES)
			.param("family", family)
			.param("given", given == null ? "" : given)
			.param("dob", candidate.dateOfBirth())
			.param("postcode", postcode)
			.param("spellings", SPELLINGS)
			.param("nameScore", NAME_SCORE)
			.param("withBirthDate", WITH_BIRTH_DATE)
			.param("limit", Math.max(1, Math.min(limit, 50)))
			.query((rs, n) -> match(rs, given != null))
			.list();
	}

	/** The query's plan, as the benchmark records it. */
	@Transactional(readOnly = true)
	public List<String> plan(Candidate candidate, int limit) {
		var family = name(candidate.familyName());
		var given = name(candidate.givenName());
		return jdbc.sql("explain (analyze, buffers, costs off) " + (given == null ? FAMILY_NAME_ONLY : BOTH_NAMES))
			.param("family", family)
			.param("given", given == null ? "" : given)
			.param("dob", candidate.dateOfBirth())
			.param("postcode", postcode(candidate.postcode()))
			.param("spellings", SPELLINGS)
			.param("nameScore", NAME_SCORE)
			.param("withBirthDate", WITH_BIRTH_DATE)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/** Names on record close to a typed one, best first. */
	private static final String SPELLINGS_OF = """
			select name from person_name
			where name %% %1$s or dmetaphone(name) = dmetaphone(%1$s) or dmetaphone_alt(name) = dmetaphone_alt(%1$s)
			   or soundex(name) = soundex(%1$s)
			order by similarity(name, %1$s)
			         + case when dmetaphone(name) = dmetaphone(%1$s) then 0.5 else 0 end
			         + case when soundex(name) = soundex(%1$s) then 0.2 else 0 end desc, name
			limit :spellings
			""";

	/** How alike a person's names are to the typed ones, straight and swapped. */
	private static final String SCORES = """
			select p.id, p.family_id, f.reference, p.given_name, p.family_name, p.date_of_birth, f.postcode,
			       similarity(lower(p.family_name), :family) as family_similarity,
			       dmetaphone(p.family_name) = dmetaphone(:family)
			         or dmetaphone_alt(p.family_name) = dmetaphone_alt(:family) as family_sounds,
			       similarity(lower(p.given_name), :given) as given_similarity,
			       (:given <> '' and (dmetaphone(p.given_name) = dmetaphone(:given)
			         or dmetaphone_alt(p.given_name) = dmetaphone_alt(:given))) as given_sounds,
			       similarity(lower(p.family_name), :given) as swapped_family_similarity,
			       (:given <> '' and dmetaphone(p.family_name) = dmetaphone(:given)) as swapped_family_sounds,
			       similarity(lower(p.given_name), :family) as swapped_given_similarity,
			       dmetaphone(p.given_name) = dmetaphone(:family) as swapped_given_sounds,
			       p.date_of_birth = cast(:dob as date) as same_birth_date,
			       upper(replace(f.postcode, ' ', '')) = cast(:postcode as text) as same_postcode
			from candidates c join person p on p.id = c.id join family f on f.id = p.family_id
			where p.merged_into is null and f.merged_into is null
			""";

	private static final String RANKED = """
			, scored as (%s),
			named as (
			    select s.*, greatest(
			        (greatest(family_similarity, case when family_sounds then 0.8 else 0 end)
			          + %s) / %s,
			        (greatest(swapped_family_similarity, case when swapped_family_sounds then 0.8 else 0 end)
			          + greatest(swapped_given_similarity, case when swapped_given_sounds then 0.8 else 0 end)) / 2 * 0.95
			        ) as name_score
			    from scored s
			)
			select *, name_score + case when coalesce(same_birth_date, false) then 1 else 0 end
			                     + case when coalesce(same_postcode, false) then 0.5 else 0 end as score
			from named
			where name_score >= :nameScore or (coalesce(same_birth_date, false) and name_score >= :withBirthDate)
			order by score desc, family_name, given_name, id
			limit :limit
			""";

	static final String BOTH_NAMES = """
			with family_spellings as (%s), given_spellings as (%s),
			candidates as (
			    select p.id from person p
			    where p.merged_into is null
			      and lower(btrim(p.family_name)) = any(array(select name from family_spellings))
			      and lower(btrim(p.given_name)) = any(array(select name from given_spellings))
			    union
			    select p.id from person p
			    where p.merged_into is null
			      and lower(btrim(p.given_name)) = any(array(select name from family_spellings))
			      and lower(btrim(p.family_name)) = any(array(select name from given_spellings))
			    union
			    (select p.id from person p where p.merged_into is null and p.date_of_birth = cast(:dob as date) limit 500)
			    union
			    (select p.id from family f join person p on p.family_id = f.id
			     where upper(replace(f.postcode, ' ', '')) = cast(:postcode as text) and p.merged_into is null limit 500)
			)
			""".formatted(SPELLINGS_OF.formatted(":family"), SPELLINGS_OF.formatted(":given"))
			+ RANKED.formatted(SCORES, "greatest(given_similarity, case when given_sounds then 0.8 else 0 end)", "2");

	static final String FAMILY_NAME_ONLY = """
			with family_spellings as (%s),
			candidates as (
			    (select p.id from person p
			     where p.merged_into is null
			       and lower(btrim(p.family_name)) = any(array(select name from family_spellings)) limit 1000)
			    union
			    (select p.id from person p where p.merged_into is null and p.date_of_birth = cast(:dob as date) limit 500)
			    union
			    (select p.id from family f join person p on p.family_id = f.id
			     where upper(replace(f.postcode, ' ', '')) = cast(:postcode as text) and p.merged_into is null limit 500)
			)
			""".formatted(SPELLINGS_OF.formatted(":family")) + RANKED.formatted(SCORES, "0", "1");

	private static Match match(ResultSet rs, boolean withGivenName) throws SQLException {
		var dob = rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate();
		var reasons = new ArrayList<String>();
		double straight = Math.max(rs.getDouble("family_similarity"), rs.getBoolean("family_sounds") ? 0.8 : 0)
				+ (withGivenName ? Math.max(rs.getDouble("given_similarity"), rs.getBoolean("given_sounds") ? 0.8 : 0)
						: 0);
		double swapped = Math.max(rs.getDouble("swapped_family_similarity"),
				rs.getBoolean("swapped_family_sounds") ? 0.8 : 0)
				+ Math.max(rs.getDouble("swapped_given_similarity"), rs.getBoolean("swapped_given_sounds") ? 0.8 : 0);
		if (withGivenName && swapped * 0.95 > straight) {
			reasons.add("first and family names swapped");
		}
		else {
			reasons.add(nameReason("family name", rs.getDouble("family_similarity"), rs.getBoolean("family_sounds")));
			if (withGivenName) {
				reasons.add(nameReason("first name", rs.getDouble("given_similarity"), rs.getBoolean("given_sounds")));
			}
		}
		if (rs.getBoolean("same_birth_date")) {
			reasons.add("same date of birth");
		}
		if (rs.getBoolean("same_postcode")) {
			reasons.add("same postcode");
		}
		return new Match(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				rs.getString("reference"), rs.getString("given_name"), rs.getString("family_name"), dob,
				rs.getString("postcode"), Math.round(rs.getDouble("score") * 100) / 100.0, List.copyOf(reasons));
	}

	private static String nameReason(String which, double similarity, boolean sounds) {
		if (similarity >= 0.999) {
			return "same " + which;
		}
		if (sounds) {
			return which + " sounds the same";
		}
		return similarity >= 0.3 ? "similar " + which : "different " + which;
	}

	static String name(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
	}

	static String postcode(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
	}

}
