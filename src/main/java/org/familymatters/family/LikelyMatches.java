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
 * People already on record who may be the person a referral or a support worker names:
 * similar names (typing errors, other spellings such as Jon and John or Smyth and Smith,
 * names that sound the same, given and family names swapped), the same date of birth, the
 * same postcode. Shown before anything new is created; it decides nothing by itself.
 * <p>
 * How: each typed name is first corrected against {@code person_name}, the short list of
 * names on record, by trigram similarity, double metaphone (both codes) and soundex;
 * people are then found by those exact names in either order, by date of birth and by
 * postcode, through ordinary indexes, and only those few are scored. See
 * docs/families.md.
 */
@Service
public class LikelyMatches {

	/** How many corrected spellings of each typed name are looked up. */
	static final int SPELLINGS = 8;

	/** How many people one way of finding candidates may bring, at most. */
	static final int CANDIDATES = 1000;

	/**
	 * The least name score a match needs; a same date of birth lowers it to
	 * {@link #WITH_BIRTH_DATE}.
	 */
	static final double NAME_SCORE = 0.5;

	static final double WITH_BIRTH_DATE = 0.25;

	private final JdbcClient jdbc;

	LikelyMatches(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The most likely matches first, at most {@code limit}; none without a family name.
	 */
	@Transactional(readOnly = true)
	public List<Match> find(Candidate candidate, int limit) {
		var family = name(candidate.familyName());
		if (family == null) {
			return List.of();
		}
		var given = name(candidate.givenName());
		var postcode = postcode(candidate.postcode());
		steerThePlanner();
		return jdbc.sql((given != null) ? BOTH_NAMES : FAMILY_NAME_ONLY)
			.param("family", family)
			.param("given", (given != null) ? given : "")
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
		steerThePlanner();
		return jdbc.sql("explain (analyze, buffers, costs off) " + ((given != null) ? BOTH_NAMES : FAMILY_NAME_ONLY))
			.param("family", family)
			.param("given", (given != null) ? given : "")
			.param("dob", candidate.dateOfBirth())
			.param("postcode", postcode(candidate.postcode()))
			.param("spellings", SPELLINGS)
			.param("nameScore", NAME_SCORE)
			.param("withBirthDate", WITH_BIRTH_DATE)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * For this transaction only: the names list is small enough that the planner would
	 * rather read it whole than through its indexes, which costs a trigram comparison per
	 * name; starting parallel workers for the few households of a postcode costs more
	 * than it saves; and the plan, the same whatever the names, is made once per
	 * connection rather than for every search.
	 */
	private void steerThePlanner() {
		jdbc.sql("select set_config('enable_seqscan', 'off', true), "
				+ "set_config('max_parallel_workers_per_gather', '0', true), "
				+ "set_config('plan_cache_mode', 'force_generic_plan', true)")
			.query()
			.listOfRows();
	}

	/** Names on record close to a typed one, best first, with how alike they are. */
	private static final String SPELLINGS_OF = """
			select name, similarity(name, %1$s) as similarity,
			       (metaphone = dmetaphone(%1$s) or metaphone_alt = dmetaphone_alt(%1$s)) as sounds
			from person_name
			where name %% %1$s or metaphone = dmetaphone(%1$s) or metaphone_alt = dmetaphone_alt(%1$s)
			   or sound = soundex(%1$s)
			order by similarity(name, %1$s) + case when metaphone = dmetaphone(%1$s) then 0.5 else 0 end
			         + case when sound = soundex(%1$s) then 0.2 else 0 end desc, name
			limit :spellings
			""";

	/**
	 * Candidates: people whose family and first names are both among the spellings
	 * (either way round), or who share the date of birth or the household's postcode and
	 * have one such name; each way brings a limited number. Candidates are read from
	 * indexes that include what scoring needs; only the best few are joined to their
	 * family.
	 */
	private static final String CANDIDATES_SQL = """
			postcode_people as (
			    select p.id from family f join person p on p.family_id = f.id
			    where upper(replace(f.postcode, ' ', '')) = cast(:postcode as text) and p.merged_into is null
			      and (lower(btrim(p.family_name)) = any(array(select name from all_spellings))
			           or lower(btrim(p.given_name)) = any(array(select name from all_spellings)))
			    limit 500
			),
			candidates as (
			    (select p.id, p.family_id, p.given_name, p.family_name, p.date_of_birth from person p
			     where p.merged_into is null
			       and lower(btrim(p.family_name)) = any(array(select name from family_spellings))
			       %3$s limit %1$d)
			    union
			    (select p.id, p.family_id, p.given_name, p.family_name, p.date_of_birth from person p
			     where p.merged_into is null
			       and lower(btrim(p.family_name)) = any(array(select name from given_spellings))
			       and lower(btrim(p.given_name)) = any(array(select name from family_spellings)) limit %1$d)
			    union
			    (select p.id, p.family_id, p.given_name, p.family_name, p.date_of_birth from person p
			     where p.merged_into is null and p.date_of_birth = cast(:dob as date)
			       and (lower(btrim(p.family_name)) = any(array(select name from all_spellings))
			            or lower(btrim(p.given_name)) = any(array(select name from all_spellings)))
			     limit 500)
			    union
			    select p.id, p.family_id, p.given_name, p.family_name, p.date_of_birth from person p
			    where p.id in (select id from postcode_people)
			),
			scored as (
			    select c.*,
			           coalesce(fs.similarity, 0) as family_similarity, coalesce(fs.sounds, false) as family_sounds,
			           coalesce(gs.similarity, 0) as given_similarity, coalesce(gs.sounds, false) as given_sounds,
			           coalesce(sf.similarity, 0) as swapped_family_similarity,
			           coalesce(sf.sounds, false) as swapped_family_sounds,
			           coalesce(sg.similarity, 0) as swapped_given_similarity,
			           coalesce(sg.sounds, false) as swapped_given_sounds,
			           coalesce(c.date_of_birth = cast(:dob as date), false) as same_birth_date,
			           c.id in (select id from postcode_people) as same_postcode
			    from candidates c
			    left join family_spellings fs on fs.name = lower(btrim(c.family_name))
			    left join given_spellings gs on gs.name = lower(btrim(c.given_name))
			    left join given_spellings sf on sf.name = lower(btrim(c.family_name))
			    left join family_spellings sg on sg.name = lower(btrim(c.given_name))
			),
			named as (
			    select s.*, greatest(
			        (greatest(family_similarity, case when family_sounds then 0.8 else 0 end)
			          + greatest(given_similarity, case when given_sounds then 0.8 else 0 end)) / %2$s,
			        (greatest(swapped_family_similarity, case when swapped_family_sounds then 0.8 else 0 end)
			          + greatest(swapped_given_similarity, case when swapped_given_sounds then 0.8 else 0 end)) / 2 * 0.95
			        ) as name_score
			    from scored s
			),
			best as (
			    select n.*, name_score + case when same_birth_date then 1 else 0 end
			                           + case when same_postcode then 0.5 else 0 end as score
			    from named n
			    where name_score >= :nameScore or (same_birth_date and name_score >= :withBirthDate)
			    order by score desc, id
			    limit :limit * 3
			)
			select b.*, f.reference, f.postcode from best b join family f on f.id = b.family_id
			where f.merged_into is null
			order by b.score desc, b.family_name, b.given_name, b.id
			limit :limit
			""";

	static final String BOTH_NAMES = "with family_spellings as (" + SPELLINGS_OF.formatted(":family")
			+ "), given_spellings as (" + SPELLINGS_OF.formatted(":given")
			+ "), all_spellings as (select name from family_spellings union select name from given_spellings),\n"
			+ CANDIDATES_SQL.formatted(CANDIDATES, "2",
					"and lower(btrim(p.given_name)) = any(array(select name from given_spellings))");

	/**
	 * Without a first name, the given spellings are empty and only the family name
	 * counts.
	 */
	static final String FAMILY_NAME_ONLY = "with family_spellings as (" + SPELLINGS_OF.formatted(":family")
			+ "), given_spellings as (select name, similarity, sounds from family_spellings where false)"
			+ ", all_spellings as (select name from family_spellings),\n"
			+ CANDIDATES_SQL.formatted(CANDIDATES, "1", "");

	private static Match match(ResultSet rs, boolean withGivenName) throws SQLException {
		var dob = (rs.getDate("date_of_birth") != null) ? rs.getDate("date_of_birth").toLocalDate() : null;
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
		return (similarity >= 0.3) ? "similar " + which : "different " + which;
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

	/** Who is being looked for. Any field may be null. */
	public record Candidate(String givenName, String familyName, LocalDate dateOfBirth, String postcode) {
	}

	/** A person on record, and why they may be the same. */
	public record Match(UUID personId, UUID familyId, String familyReference, String givenName, String familyName,
			LocalDate dateOfBirth, String postcode, double score, List<String> reasons) {
	}

}
