package org.familymatters.family.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.JourneyStage;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The families a support worker may change — their locality's, or every locality's for an
 * organisation that works across the Thames Valley, and those they are key worker for —
 * found by reference or by the names of the people in them. Also the choices the family
 * forms offer.
 */
@Service
public class FamilyListing {

	private static final Pattern REFERENCE = Pattern.compile("(?i)^\\s*FM[-\\s]?(\\d{1,9})\\s*$");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	FamilyListing(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Families of a locality (every locality when the listing's scope is null) or with
	 * the user as key worker, most recently changed first, narrowed by the listing's
	 * search (a reference such as FM-000012, or words that begin people's names) and
	 * filters. A page past the last one is empty (never the last page instead). The
	 * listing is audited, without the search words.
	 */
	@Transactional
	public Page<Row> find(Listing listing, int page, int size) {
		var where = new ArrayList<String>();
		Map<String, Object> params = new HashMap<>();
		where.add("f.merged_into is null");
		where.add("(cast(:locality as uuid) is null or f.locality_id = :locality or f.key_worker_id = :keyWorker)");
		params.put("locality", listing.scope());
		params.put("keyWorker", listing.keyWorkerId());
		if (listing.status() != null) {
			where.add("f.status = :status");
			params.put("status", listing.status());
		}
		if (listing.onlyLocality() != null) {
			where.add("f.locality_id = :onlyLocality");
			params.put("onlyLocality", listing.onlyLocality());
		}
		if (listing.mineOnly()) {
			where.add("f.key_worker_id = :keyWorker");
		}
		var text = (listing.search() != null) ? listing.search().strip() : "";
		var reference = reference(text);
		if (reference != null) {
			where.add("f.reference = :reference");
			params.put("reference", reference);
		}
		else if (!text.isEmpty()) {
			int n = 0;
			for (var word : words(text)) {
				var names = "array(select name from person_name where name like :word" + n + ")";
				where.add("f.id in (select p.family_id from person p where p.merged_into is null and "
						+ "(lower(btrim(p.family_name)) = any(" + names + ") or lower(btrim(p.given_name)) = any("
						+ names + ")))");
				params.put("word" + n, word + "%");
				n++;
			}
		}
		var condition = " where " + String.join(" and ", where);
		long total = jdbc.sql("select count(*) from family f" + condition).params(params).query(Long.class).single();
		int number = Math.max(1, page);
		List<Row> rows = ((long) (number - 1) * size >= total) ? List.of()
				: jdbc
					.sql("""
							select f.id, f.reference, l.name as locality_name, f.status, f.journey_stage, f.updated_at,
							       (select string_agg(p.given_name || ' ' || p.family_name, ', '
							                          order by array_position(array['in_custody','partner','parent_or_carer','child','other_relative'], p.role), p.given_name)
							        from person p where p.family_id = f.id and p.merged_into is null) as names
							from family f join identity_locality l on l.id = f.locality_id
							"""
							+ condition + " order by f.updated_at desc, f.id limit :limit offset :offset")
					.params(params)
					.param("limit", size)
					.param("offset", (long) (number - 1) * size)
					.query((rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("reference"),
							rs.getString("locality_name"), rs.getString("status"),
							JourneyStage.ofCode(rs.getString("journey_stage")), rs.getString("names"),
							rs.getTimestamp("updated_at").toInstant()))
					.list();
		audit.record(new AuditEntry(FamilyAudit.FAMILIES_LISTED, true, "locality",
				(listing.scope() != null) ? listing.scope().toString() : "all", Basis.ROLE, "SUPPORT_WORKER",
				"page " + number + ", " + rows.size() + " shown" + (text.isEmpty() ? "" : ", searched")
						+ ((listing.status() != null || listing.onlyLocality() != null || listing.mineOnly())
								? ", filtered" : "")));
		return new Page<>(rows, number, size, total);
	}

	/**
	 * A family's reference as typed (FM-000123, fm123, FM 123), written as the record
	 * keeps it; null when the text is not a reference.
	 */
	public static String reference(String text) {
		var reference = REFERENCE.matcher((text != null) ? text : "");
		if (!reference.matches()) {
			return null;
		}
		var digits = reference.group(1).replaceFirst("^0+(?=\\d)", "");
		return "FM-" + "0".repeat(Math.max(0, 6 - digits.length())) + digits;
	}

	/**
	 * The first three words of a search for names, lower-cased, with anything but
	 * letters, apostrophes and hyphens taken out.
	 */
	public static List<String> words(String text) {
		var words = new ArrayList<String>();
		for (var word : text.toLowerCase(Locale.UK).split("[^\\p{L}'-]+")) {
			if (!word.isBlank() && words.size() < 3) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * The families a user is key worker for (not merged), open ones first, then by
	 * reference; decided and audited by the caller.
	 */
	@Transactional(readOnly = true)
	public List<KeyWorkerRow> keyWorkerOf(UUID userId) {
		return jdbc
			.sql("""
					select f.id, f.reference, f.status, f.created_at,
					       (select string_agg(p.given_name || ' ' || p.family_name, ', '
					                          order by array_position(array['in_custody','partner','parent_or_carer','child','other_relative'], p.role), p.given_name)
					        from person p where p.family_id = f.id and p.merged_into is null) as names
					from family f
					where f.key_worker_id = :user and f.merged_into is null
					order by (f.status = 'closed'), f.reference
					""")
			.param("user", userId)
			.query((rs, n) -> new KeyWorkerRow(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getString("names"), rs.getTimestamp("created_at").toInstant(), rs.getString("status")))
			.list();
	}

	/** Who can be a family's key worker: enabled support workers. */
	@Transactional(readOnly = true)
	public List<Choice> keyWorkers() {
		return jdbc.sql("""
				select u.id, u.display_name from identity_user u
				where u.enabled and 'SUPPORT_WORKER' = any(u.roles)
				order by lower(u.display_name), u.id
				""").query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("display_name"))).list();
	}

	/** Every locality, by county then name, for the lists' filters. */
	@Transactional(readOnly = true)
	public List<Choice> localities() {
		return jdbc.sql("select id, name from identity_locality order by county, name")
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/** The prisons on the reference list. */
	@Transactional(readOnly = true)
	public List<Choice> prisons() {
		return jdbc.sql("select id, name from prison where active order by name")
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/** The schools a child may go to: active organisations of type SCHOOL. */
	@Transactional(readOnly = true)
	public List<Choice> schools() {
		return jdbc
			.sql("select id, name from identity_organisation where type = 'SCHOOL' and active order by lower(name)")
			.query((rs, n) -> new Choice(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	/** Every school's name, active or not, for showing a child's school. */
	@Transactional(readOnly = true)
	public Map<UUID, String> schoolNames() {
		var names = new HashMap<UUID, String>();
		jdbc.sql("select id, name from identity_organisation where type = 'SCHOOL'")
			.query((RowCallbackHandler) rs -> names.put(rs.getObject("id", UUID.class), rs.getString("name")));
		return names;
	}

	/**
	 * What a families list shows.
	 *
	 * @param scope the locality whose families the user keeps; null for every locality
	 * @param keyWorkerId the user, whose families as key worker are listed too
	 * @param search a reference or words that begin people's names; null for none
	 * @param status only families of this status ({@code referred}, {@code active},
	 * {@code closed}); null for any
	 * @param onlyLocality only families of this locality; null for any in scope
	 * @param mineOnly only families the user is key worker for
	 */
	public record Listing(UUID scope, UUID keyWorkerId, String search, String status, UUID onlyLocality,
			boolean mineOnly) {
	}

	/** One family in the list. */
	public record Row(UUID id, String reference, String localityName, String status, JourneyStage journeyStage,
			String names, Instant updatedAt) {
	}

	/** A family its key worker keeps. */
	public record KeyWorkerRow(UUID id, String reference, String names, Instant createdAt, String status) {
	}

	/** A choice in a form: a user, prison or school. */
	public record Choice(UUID id, String name) {
	}

}
