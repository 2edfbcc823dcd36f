package org.familymatters.courtdesk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.CourtDeskContactSubject;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.Taxonomies;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.UserAccount;
import org.familymatters.identity.UserAccounts;
import org.familymatters.referral.ReferralOutcomes;
import org.familymatters.referral.ReferralStatus;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts recorded at the court desks, as people may see them: a volunteer the
 * contacts they recorded at the court they work at now, met within the last 14 days (the
 * access decision's rule); a court desk coordinator every court's. Lists carry no
 * personal data; one contact's page goes through
 * {@link AccessDecision#requireCourtDeskContact}, which audits every look.
 */
@Service
public class CourtDeskContacts {

	private static final String SUMMARY = """
			select c.id, c.reference, c.court_id, k.name as court_name, c.occurred_at, c.outcome, c.children_count,
			       c.agrees_to_contact, c.referral_id, c.referral_reference
			from court_desk_contact c join court k on k.id = c.court_id
			""";

	private final JdbcClient jdbc;

	private final CourtVolunteers volunteers;

	private final AccessDecision access;

	private final Taxonomies taxonomies;

	private final ServiceDetails services;

	private final Localities localities;

	private final UserAccounts accounts;

	private final ReferralOutcomes referralOutcomes;

	private final Clock clock;

	CourtDeskContacts(JdbcClient jdbc, CourtVolunteers volunteers, AccessDecision access, Taxonomies taxonomies,
			ServiceDetails services, Localities localities, UserAccounts accounts, ReferralOutcomes referralOutcomes,
			Clock clock) {
		this.jdbc = jdbc;
		this.volunteers = volunteers;
		this.access = access;
		this.taxonomies = taxonomies;
		this.services = services;
		this.localities = localities;
		this.accounts = accounts;
		this.referralOutcomes = referralOutcomes;
		this.clock = clock;
	}

	/**
	 * The contacts a volunteer recorded at the court they work at now, met within the
	 * last 14 days, newest first, a page at a time; none for a volunteer with no court.
	 */
	@Transactional(readOnly = true)
	public Page<Summary> recentOf(UUID volunteerId, int page, int perPage) {
		int size = Math.max(1, perPage);
		int number = Math.max(1, page);
		var court = volunteers.courtOf(volunteerId);
		if (court.isEmpty()) {
			return new Page<>(List.of(), number, size, 0);
		}
		var where = " where c.recorded_by = :user and c.court_id = :court and c.occurred_at >= :since";
		var since = Timestamp.from(clock.instant().minus(AccessDecision.COURT_DESK_WINDOW));
		long total = jdbc.sql("select count(*) from court_desk_contact c" + where)
			.param("user", volunteerId)
			.param("court", court.get())
			.param("since", since)
			.query(Long.class)
			.single();
		var items = jdbc
			.sql(SUMMARY + where + " order by c.occurred_at desc, c.reference desc limit :limit offset :offset")
			.param("user", volunteerId)
			.param("court", court.get())
			.param("since", since)
			.param("limit", size)
			.param("offset", (long) (number - 1) * size)
			.query((rs, n) -> summary(rs))
			.list();
		return new Page<>(withStatuses(items), number, size, total);
	}

	/**
	 * Every court's contacts (or one court's), newest first, a page at a time: for
	 * coordinators.
	 */
	@Transactional(readOnly = true)
	public Page<Summary> all(UUID courtId, int page, int perPage) {
		int size = Math.max(1, perPage);
		int number = Math.max(1, page);
		var where = (courtId != null) ? " where c.court_id = :court" : "";
		var count = jdbc.sql("select count(*) from court_desk_contact c" + where);
		var rows = jdbc
			.sql(SUMMARY + where + " order by c.occurred_at desc, c.reference desc limit :limit offset :offset");
		if (courtId != null) {
			count = count.param("court", courtId);
			rows = rows.param("court", courtId);
		}
		long total = count.query(Long.class).single();
		var items = rows.param("limit", size)
			.param("offset", (long) (number - 1) * size)
			.query((rs, n) -> summary(rs))
			.list();
		return new Page<>(withStatuses(items), number, size, total);
	}

	/**
	 * One contact, if the signed-in user may see it: the access decision is asked and
	 * audited as {@code COURT_DESK_CONTACT_VIEWED}; a refusal throws
	 * AccessDeniedException (403). Empty when there is no such contact.
	 */
	@Transactional
	public Optional<View> view(UUID id, SignedInUser viewer) {
		record Facts(UUID court, UUID recordedBy, Instant occurredAt) {
		}
		var facts = jdbc.sql("select court_id, recorded_by, occurred_at from court_desk_contact where id = :id")
			.param("id", id)
			.query((rs, n) -> new Facts(rs.getObject("court_id", UUID.class), rs.getObject("recorded_by", UUID.class),
					rs.getTimestamp("occurred_at").toInstant()))
			.optional();
		if (facts.isEmpty()) {
			return Optional.empty();
		}
		var f = facts.get();
		access.requireCourtDeskContact(new CourtDeskContactSubject(id, f.court(), f.recordedBy(), f.occurredAt(),
				volunteers.courtOf(viewer.id()).orElse(null)), CourtDeskAudit.COURT_DESK_CONTACT_VIEWED);
		var loaded = load(id);
		return Optional.of(loaded.withSummary(withStatuses(List.of(loaded.summary())).get(0)));
	}

	/**
	 * The contact's reference, for the volunteer who recorded it (the acknowledgement
	 * page shows nothing else); empty for anyone else and for no such contact.
	 */
	@Transactional(readOnly = true)
	public Optional<Summary> recordedBy(UUID id, UUID volunteerId) {
		return jdbc.sql(SUMMARY + " where c.id = :id and c.recorded_by = :user")
			.param("id", id)
			.param("user", volunteerId)
			.query((rs, n) -> summary(rs))
			.optional();
	}

	private View load(UUID id) {
		var concerns = jdbc.sql("select term_id from court_desk_contact_concern where contact_id = :id")
			.param("id", id)
			.query(UUID.class)
			.list()
			.stream()
			.map(term -> taxonomies.term(term).map(Taxonomies.Term::name).orElse("?"))
			.sorted()
			.toList();
		var services = jdbc.sql("select service_id from court_desk_contact_service where contact_id = :id")
			.param("id", id)
			.query(UUID.class)
			.list()
			.stream()
			.map(service -> this.services.find(service).map(s -> s.summary().name()).orElse("?"))
			.sorted()
			.toList();
		var details = jdbc.sql("""
				select given_name, family_name, phone, email, locality_id, best_time
				from court_desk_contact_details where contact_id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new Details(rs.getString("given_name"), rs.getString("family_name"),
					rs.getString("phone"), rs.getString("email"),
					localities.findById(rs.getObject("locality_id", UUID.class)).map(Locality::name).orElse("?"),
					rs.getString("best_time")))
			.optional()
			.orElse(null);
		var consent = jdbc
			.sql("select method, witness, given_at, purpose from court_desk_consent where contact_id = :id")
			.param("id", id)
			.query((rs, n) -> new Consent(rs.getString("method"), rs.getString("witness"),
					rs.getTimestamp("given_at").toInstant(), rs.getString("purpose")))
			.optional()
			.orElse(null);
		return jdbc.sql(SUMMARY.replace("from court_desk_contact c", """
				, c.relationship, c.sentence_band, c.first_time_in_custody, c.children_under_5, c.children_5_to_11,
				  c.children_12_to_17, c.leaflets, c.emotional_support, c.recorded_at, c.recorded_by
				from court_desk_contact c""") + " where c.id = :id")
			.param("id", id)
			.query((rs, n) -> new View(summary(rs),
					Coded.ofCode(Relationship.class, rs.getString("relationship")).orElse(null),
					Coded.ofCode(SentenceBand.class, rs.getString("sentence_band")).orElse(null),
					Coded.ofCode(FirstTimeInCustody.class, rs.getString("first_time_in_custody")).orElse(null),
					rs.getInt("children_under_5"), rs.getInt("children_5_to_11"), rs.getInt("children_12_to_17"),
					leaflets(rs), concerns, services, rs.getBoolean("emotional_support"),
					rs.getBoolean("agrees_to_contact"),
					accounts.findById(rs.getObject("recorded_by", UUID.class))
						.map(UserAccount::displayName)
						.orElse("?"),
					rs.getTimestamp("recorded_at").toInstant(), details, consent))
			.single();
	}

	private static List<Leaflet> leaflets(ResultSet rs) throws SQLException {
		var array = rs.getArray("leaflets");
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray())
			.map(code -> Coded.ofCode(Leaflet.class, code))
			.flatMap(Optional::stream)
			.toList();
	}

	private static Summary summary(ResultSet rs) throws SQLException {
		return new Summary(rs.getObject("id", UUID.class), rs.getString("reference"),
				rs.getObject("court_id", UUID.class), rs.getString("court_name"),
				rs.getTimestamp("occurred_at").toInstant(),
				Coded.ofCode(Outcome.class, rs.getString("outcome")).orElse(null), rs.getInt("children_count"),
				rs.getString("referral_reference") != null, rs.getObject("referral_id", UUID.class),
				rs.getString("referral_reference"), null);
	}

	/**
	 * The contacts with where each one's referral stands now, as the referral module says
	 * (the volunteer who made it follows it here).
	 */
	private List<Summary> withStatuses(List<Summary> contacts) {
		var statuses = referralOutcomes.statuses(contacts.stream().map(Summary::referralId).toList());
		return contacts.stream()
			.map(c -> (c.referralId() != null && statuses.containsKey(c.referralId()))
					? c.withReferralStatus(statuses.get(c.referralId())) : c)
			.toList();
	}

	/**
	 * A contact in a list: nothing that identifies anyone. Its referral's status is null
	 * when it has none, or when it was not asked for.
	 */
	public record Summary(UUID id, String reference, UUID courtId, String courtName, Instant occurredAt,
			Outcome outcome, int children, boolean referred, UUID referralId, String referralReference,
			ReferralStatus referralStatus) {

		Summary withReferralStatus(ReferralStatus status) {
			return new Summary(id, reference, courtId, courtName, occurredAt, outcome, children, referred, referralId,
					referralReference, status);
		}

		/**
		 * The referral as a list says it: "No", "Yes, RF-000123 (Accepted)", or the
		 * reference alone when its status is not known here.
		 */
		public String referralText() {
			return referred ? "Yes, " + referral() : "No";
		}

		/**
		 * The referral's reference and where it stands: "RF-000123 (Accepted)"; null when
		 * there is none.
		 */
		public String referral() {
			if (!referred) {
				return null;
			}
			return referralReference + ((referralStatus != null) ? " (" + referralStatus.label() + ")" : "");
		}

	}

	/**
	 * One contact as its page shows it; {@code details} and {@code consent} only with
	 * agreement.
	 */
	public record View(Summary summary, Relationship relationship, SentenceBand sentenceBand,
			FirstTimeInCustody firstTimeInCustody, int childrenUnder5, int children5To11, int children12To17,
			List<Leaflet> leaflets, List<String> concerns, List<String> services, boolean emotionalSupport,
			boolean agreesToContact, String recordedBy, Instant recordedAt, Details details, Consent consent) {

		View withSummary(Summary newSummary) {
			return new View(newSummary, relationship, sentenceBand, firstTimeInCustody, childrenUnder5, children5To11,
					children12To17, leaflets, concerns, services, emotionalSupport, agreesToContact, recordedBy,
					recordedAt, details, consent);
		}

	}

	/** Who agreed to be contacted, and how to reach them. */
	public record Details(String givenName, String familyName, String phone, String email, String locality,
			String bestTime) {
	}

	/** The agreement the volunteer witnessed. */
	public record Consent(String method, String witness, Instant givenAt, String purpose) {
	}

}
