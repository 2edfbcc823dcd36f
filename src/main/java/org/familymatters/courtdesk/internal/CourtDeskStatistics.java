package org.familymatters.courtdesk.internal;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditAction;
import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.Taxonomies;
import org.familymatters.identity.Role;
import org.familymatters.referral.ReferralOutcomes;
import org.familymatters.referral.ReferralStatus;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The court desk statistics the evaluation needs, for a period of months and one court or
 * all: contacts, outcomes, children affected, concerns raised, emotional support and
 * leaflets given, referrals made and how many were accepted. Counted in PostgreSQL, by
 * court and month in Europe/London. Only counts leave it, never a person. A court desk
 * coordinator sees exact counts; anyone else (a manager, who has no access to cases) and
 * every export sees counts from 1 to 4 as {@value Count#FEWER_THAN} and none as 0 (see
 * {@link Count}). Every view and export is audited.
 */
@Service
@PreAuthorize("hasAnyRole('COURT_DESK_COORDINATOR', 'MANAGER')")
public class CourtDeskStatistics {

	/** The category of a measure with a single category. */
	public static final String ALL = "all";

	/**
	 * The month a contact is counted in (the service's time zone), grouped on as it is.
	 */
	static final String MONTH_START = "date_trunc('month', c.occurred_at at time zone 'Europe/London')";

	/**
	 * The month as the rows name it, made from the grouped month (formatting each
	 * contact's month before grouping took most of the time over a year's contacts).
	 */
	static final String MONTH = "to_char(" + MONTH_START + ", 'YYYY-MM')";

	static final String WHERE = """
			where c.occurred_at >= :start and c.occurred_at < :end
			  and (cast(:court as uuid) is null or c.court_id = cast(:court as uuid))
			""";

	private final JdbcClient jdbc;

	private final Courts courts;

	private final Taxonomies taxonomies;

	private final ReferralOutcomes referralOutcomes;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	CourtDeskStatistics(JdbcClient jdbc, Courts courts, Taxonomies taxonomies, ReferralOutcomes referralOutcomes,
			AuditTrail audit, CurrentUser currentUser) {
		this.jdbc = jdbc;
		this.courts = courts;
		this.taxonomies = taxonomies;
		this.referralOutcomes = referralOutcomes;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/**
	 * The statistics as the signed-in user may see them on the page: exact for a court
	 * desk coordinator, suppressed for anyone else. Audited as
	 * {@code COURT_DESK_STATISTICS_VIEWED}.
	 * @param courtId one court, or null for every court
	 */
	@Transactional
	public Report view(StatisticsPeriod period, UUID courtId) {
		var report = report(period, courtId, !coordinator());
		audit.record(entry(CourtDeskAudit.COURT_DESK_STATISTICS_VIEWED, report));
		return report;
	}

	/**
	 * The statistics for an export, always suppressed, whoever asks. Audited as
	 * {@code COURT_DESK_STATISTICS_EXPORTED}.
	 * @param courtId one court, or null for every court
	 */
	@Transactional
	public Report export(StatisticsPeriod period, UUID courtId) {
		var report = report(period, courtId, true);
		audit.record(entry(CourtDeskAudit.COURT_DESK_STATISTICS_EXPORTED, report));
		return report;
	}

	/**
	 * The statistics of every court for the home page, as the statistics page shows them
	 * to the signed-in user (exact for a court desk coordinator, suppressed for anyone
	 * else). Audited as {@code COURT_DESK_STATISTICS_VIEWED}, the detail saying it was on
	 * the home page.
	 */
	@Transactional
	public Report onTheHomePage(StatisticsPeriod period) {
		var report = report(period, null, !coordinator());
		var entry = entry(CourtDeskAudit.COURT_DESK_STATISTICS_VIEWED, report);
		audit.record(entry.withDetail(entry.detail() + ", on the home page"));
		return report;
	}

	/** Whether the signed-in user sees exact counts on the page. */
	public boolean seesExactCounts() {
		return coordinator();
	}

	private Report report(StatisticsPeriod period, UUID courtId, boolean suppressed) {
		Objects.requireNonNull(period, "period");
		Court court = null;
		if (courtId != null) {
			court = courts.find(courtId).orElseThrow(() -> new IllegalArgumentException("No court " + courtId));
		}
		var counted = (court != null) ? List.of(court) : courts.all();
		var counts = new HashMap<Cell, Long>();
		var accepted = acceptedReferrals(period, courtId);
		jdbc.sql("""
				select c.court_id, %s as month,
				       count(*) as contacts,
				       coalesce(sum(c.children_count), 0) as children,
				       coalesce(sum(c.children_under_5), 0) as under_5,
				       coalesce(sum(c.children_5_to_11), 0) as from_5_to_11,
				       coalesce(sum(c.children_12_to_17), 0) as from_12_to_17,
				       count(*) filter (where c.children_count > 0) as with_children,
				       count(*) filter (where c.emotional_support) as emotional_support,
				       count(*) filter (where c.referral_id is not null) as referrals_made,
				       count(*) filter (where c.referral_id = any(cast(:accepted as uuid[]))) as referrals_accepted
				from court_desk_contact c
				%s
				group by c.court_id, %s
				""".formatted(MONTH, WHERE, MONTH_START))
			.params(params(period, courtId))
			.param("accepted", accepted)
			.query((RowCallbackHandler) rs -> {
				var courtOf = rs.getObject("court_id", UUID.class);
				var month = YearMonth.parse(rs.getString("month"));
				counts.put(new Cell(courtOf, month, Measure.CONTACTS, ALL), rs.getLong("contacts"));
				counts.put(new Cell(courtOf, month, Measure.CHILDREN, ALL), rs.getLong("children"));
				counts.put(new Cell(courtOf, month, Measure.CHILDREN, "under_5"), rs.getLong("under_5"));
				counts.put(new Cell(courtOf, month, Measure.CHILDREN, "5_to_11"), rs.getLong("from_5_to_11"));
				counts.put(new Cell(courtOf, month, Measure.CHILDREN, "12_to_17"), rs.getLong("from_12_to_17"));
				counts.put(new Cell(courtOf, month, Measure.CONTACTS_WITH_CHILDREN, ALL), rs.getLong("with_children"));
				counts.put(new Cell(courtOf, month, Measure.EMOTIONAL_SUPPORT, ALL), rs.getLong("emotional_support"));
				counts.put(new Cell(courtOf, month, Measure.REFERRALS, "made"), rs.getLong("referrals_made"));
				counts.put(new Cell(courtOf, month, Measure.REFERRALS, "accepted"), rs.getLong("referrals_accepted"));
			});
		byCategory(period, courtId, Measure.OUTCOME, "c.outcome", "", counts);
		byCategory(period, courtId, Measure.LEAFLET, "l.leaflet", "cross join unnest(c.leaflets) as l(leaflet)",
				counts);
		byCategory(period, courtId, Measure.CONCERN, "cast(k.term_id as text)",
				"join court_desk_contact_concern k on k.contact_id = c.id", counts);
		return new Report(period, court, counted, categories(counts), counts, suppressed);
	}

	/**
	 * Counts contacts by court, month and one category in PostgreSQL. A contact has each
	 * outcome, leaflet (a set) and concern (the key of its table) at most once, so the
	 * rows of a group are its contacts: {@code count(*)}, with no sort to remove repeats.
	 */
	private void byCategory(StatisticsPeriod period, UUID courtId, Measure measure, String category, String join,
			Map<Cell, Long> counts) {
		jdbc.sql("""
				select c.court_id, %s as month, %s as category, count(*) as contacts
				from court_desk_contact c %s
				%s
				group by c.court_id, %s, %s
				""".formatted(MONTH, category, join, WHERE, MONTH_START, category))
			.params(params(period, courtId))
			.query((RowCallbackHandler) rs -> counts.put(new Cell(rs.getObject("court_id", UUID.class),
					YearMonth.parse(rs.getString("month")), measure, rs.getString("category")),
					rs.getLong("contacts")));
	}

	/**
	 * The referrals made from the desk in the period that were accepted, as the referral
	 * module says.
	 */
	private String[] acceptedReferrals(StatisticsPeriod period, UUID courtId) {
		var made = jdbc
			.sql("select distinct c.referral_id from court_desk_contact c " + WHERE + " and c.referral_id is not null")
			.params(params(period, courtId))
			.query(UUID.class)
			.list();
		return referralOutcomes.statuses(made)
			.entrySet()
			.stream()
			.filter(e -> e.getValue() == ReferralStatus.ACCEPTED)
			.map(e -> e.getKey().toString())
			.toArray(String[]::new);
	}

	private static Map<String, Object> params(StatisticsPeriod period, UUID courtId) {
		var params = new HashMap<String, Object>();
		params.put("start", period.start().atOffset(ZoneOffset.UTC));
		params.put("end", period.end().atOffset(ZoneOffset.UTC));
		params.put("court", (courtId != null) ? courtId.toString() : null);
		return params;
	}

	/**
	 * Everything counted, in the order shown; concerns by how often they were raised,
	 * then by name.
	 */
	private List<Category> categories(Map<Cell, Long> counts) {
		var categories = new ArrayList<Category>();
		categories.add(new Category(Measure.CONTACTS, ALL, "Contacts"));
		for (var outcome : Outcome.values()) {
			categories.add(new Category(Measure.OUTCOME, outcome.code(), outcome.label()));
		}
		categories.add(new Category(Measure.CHILDREN, ALL, "All children"));
		categories.add(new Category(Measure.CHILDREN, "under_5", "Under 5"));
		categories.add(new Category(Measure.CHILDREN, "5_to_11", "5 to 11"));
		categories.add(new Category(Measure.CHILDREN, "12_to_17", "12 to 17"));
		categories.add(new Category(Measure.CONTACTS_WITH_CHILDREN, ALL, "Contacts with at least one child"));
		var concerns = new LinkedHashMap<String, Long>();
		counts.forEach((cell, count) -> {
			if (cell.measure() == Measure.CONCERN) {
				concerns.merge(cell.category(), count, Long::sum);
			}
		});
		concerns.entrySet()
			.stream()
			.map(e -> Map.entry(new Category(Measure.CONCERN, e.getKey(), termName(e.getKey())), e.getValue()))
			.sorted(Comparator.<Map.Entry<Category, Long>>comparingLong(Map.Entry::getValue)
				.reversed()
				.thenComparing(e -> e.getKey().label()))
			.forEach(e -> categories.add(e.getKey()));
		categories.add(new Category(Measure.EMOTIONAL_SUPPORT, ALL, "Emotional support given"));
		for (var leaflet : Leaflet.values()) {
			categories.add(new Category(Measure.LEAFLET, leaflet.code(), leaflet.label()));
		}
		categories.add(new Category(Measure.REFERRALS, "made", "Referrals made"));
		categories.add(new Category(Measure.REFERRALS, "accepted", "Referrals accepted"));
		return categories;
	}

	private String termName(String termId) {
		try {
			return taxonomies.term(UUID.fromString(termId)).map(Taxonomies.Term::name).orElse("Unknown need");
		}
		catch (IllegalArgumentException notAnId) {
			return "Unknown need";
		}
	}

	private boolean coordinator() {
		return currentUser.has(Role.COURT_DESK_COORDINATOR);
	}

	/**
	 * The audit entry of a view or an export: on the basis of the roles the signed-in
	 * user holds.
	 */
	private AuditEntry entry(AuditAction action, Report report) {
		var roles = currentUser.authorities()
			.stream()
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.sorted()
			.collect(Collectors.joining(","));
		return AuditEntry.allowed(action, "court_desk_statistics", null, Basis.ROLE, roles)
			.withDetail(report.period().from() + " to " + report.period().to() + ", "
					+ ((report.court() != null) ? report.court().name() : "all courts")
					+ (report.suppressed() ? ", counts from 1 to 4 suppressed" : ", exact counts"));
	}

	/**
	 * One thing counted: a measure and one of its categories, with its code and its
	 * label.
	 */
	public record Category(Measure measure, String code, String label) {
	}

	/** Where a count belongs: a court, a month and a category. */
	public record Cell(UUID court, YearMonth month, Measure measure, String category) {
	}

	/**
	 * The statistics for a period, by court and month.
	 *
	 * @param period the months covered
	 * @param court the court asked for, or null for every court
	 * @param courts the courts counted: the one asked for, or every court
	 * @param categories everything counted, in the order it is shown
	 * @param suppressed whether counts from 1 to 4 are shown as {@value Count#FEWER_THAN}
	 */
	public record Report(StatisticsPeriod period, Court court, List<Court> courts, List<Category> categories,
			Map<Cell, Long> counts, boolean suppressed) {

		public Report {
			courts = List.copyOf(courts);
			categories = List.copyOf(categories);
			counts = Map.copyOf(counts);
		}

		/** The categories of one measure, in order. */
		public List<Category> categories(Measure measure) {
			return categories.stream().filter(c -> c.measure() == measure).toList();
		}

		/**
		 * The category of a measure with a single category, or the category with this
		 * code.
		 */
		public Category category(Measure measure, String code) {
			return categories.stream()
				.filter(c -> c.measure() == measure && c.code().equals(code))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No category " + measure + " " + code));
		}

		/** The months covered. */
		public List<YearMonth> months() {
			return period.months();
		}

		/**
		 * A count: for a court (null for every court counted) and a month (null for the
		 * whole period).
		 */
		public Count count(Category category, UUID courtId, YearMonth month) {
			long total = 0;
			for (var c : courts) {
				if (courtId != null && !courtId.equals(c.id())) {
					continue;
				}
				for (var m : months()) {
					if (month == null || month.equals(m)) {
						total += counts.getOrDefault(new Cell(c.id(), m, category.measure(), category.code()), 0L);
					}
				}
			}
			return new Count(total);
		}

		/** A count as this report shows it: suppressed or not. */
		public String shown(Category category, UUID courtId, YearMonth month) {
			return count(category, courtId, month).shown(suppressed);
		}

	}

}
