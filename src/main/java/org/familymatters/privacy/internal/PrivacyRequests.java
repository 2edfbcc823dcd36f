package org.familymatters.privacy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.SubjectAccessMatches;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's requests to see, correct or erase their data ({@code privacy_request}), as the
 * data protection officer records and answers them: who, how their identity was checked,
 * when it arrived and when it is due (one calendar month later, {@link DueDates}); the
 * people on record confirmed to be them ({@code privacy_request_person}). What an open
 * request lets the officer read is {@link RequestGrants}. Every read and change is
 * audited ({@link PrivacyAudit}, basis ROLE, the request's id).
 */
@Service
public class PrivacyRequests {

	/** The longest name, identifier or description of an identity check. */
	public static final int TEXT_MAX = 200;

	/** The longest account of what they asked. */
	public static final int DETAILS_MAX = 5000;

	/** How many requests no longer open the list shows. */
	static final int DONE_LISTED = 50;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final SubjectAccessMatches matches;

	PrivacyRequests(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock,
			SubjectAccessMatches matches) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
		this.matches = matches;
	}

	/** Today in the service's time zone. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ServiceTime.ZONE);
	}

	/**
	 * Records a request, due one calendar month after it was received; returns its id.
	 */
	@Transactional
	public UUID record(NewRequest request) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into privacy_request (id, kind, full_name, other_names, date_of_birth, postcode, email, phone,
				                             identity_check, details, received_on, due_on, recorded_by, recorded_at)
				values (:id, :kind, :fullName, :otherNames, :dob, :postcode, :email, :phone, :identityCheck, :details,
				        :receivedOn, :dueOn, :recordedBy, :recordedAt)
				""")
			.param("id", id)
			.param("kind", request.kind().name())
			.param("fullName", request.fullName())
			.param("otherNames", request.otherNames())
			.param("dob", request.dateOfBirth())
			.param("postcode", request.postcode())
			.param("email", request.email())
			.param("phone", request.phone())
			.param("identityCheck", request.identityCheck())
			.param("details", request.details())
			.param("receivedOn", request.receivedOn())
			.param("dueOn", DueDates.due(request.receivedOn()))
			.param("recordedBy", currentUser.get().id())
			.param("recordedAt", Timestamp.from(clock.instant()))
			.update();
		audit.record(entry(PrivacyAudit.PRIVACY_REQUEST_RECORDED, id).withDetail(request.kind().name()));
		return id;
	}

	/** The request, audited as viewed; not found (404) when there is none. */
	@Transactional
	public PrivacyRequest view(UUID id) {
		var request = get(id);
		audit.record(entry(PrivacyAudit.PRIVACY_REQUEST_VIEWED, id));
		return request;
	}

	/** The request, recording nothing; not found (404) when there is none. */
	@Transactional(readOnly = true)
	public PrivacyRequest get(UUID id) {
		return find(id).orElseThrow(() -> new NotFound("privacy_request", id));
	}

	@Transactional(readOnly = true)
	public Optional<PrivacyRequest> find(UUID id) {
		return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query((rs, n) -> request(rs)).optional();
	}

	/**
	 * The open requests, soonest due first, and the latest {@value #DONE_LISTED} of the
	 * others; audited as listed.
	 */
	@Transactional
	public Listing list() {
		var open = jdbc.sql(SELECT + " where r.status = 'OPEN' order by r.due_on, r.recorded_at")
			.query((rs, n) -> request(rs))
			.list();
		var done = jdbc.sql(SELECT + " where r.status <> 'OPEN' order by r.recorded_at desc limit " + DONE_LISTED)
			.query((rs, n) -> request(rs))
			.list();
		audit.record(new AuditEntry(PrivacyAudit.PRIVACY_REQUESTS_LISTED, true, "privacy_requests", null, Basis.ROLE,
				Role.DATA_PROTECTION_OFFICER.name(), (open.size() + done.size()) + " requests"));
		return new Listing(open, done);
	}

	/**
	 * The open requests due within {@link DueDates#SOON_DAYS} days of today, or overdue.
	 */
	@Transactional(readOnly = true)
	public List<PrivacyRequest> dueSoon() {
		return jdbc.sql(SELECT + " where r.status = 'OPEN' and r.due_on <= :until order by r.due_on, r.recorded_at")
			.param("until", today().plusDays(DueDates.SOON_DAYS))
			.query((rs, n) -> request(rs))
			.list();
	}

	/** The people confirmed to be the request's person, with their families. */
	@Transactional(readOnly = true)
	public Map<UUID, UUID> confirmed(UUID id) {
		var people = new LinkedHashMap<UUID, UUID>();
		jdbc.sql("select person_id, family_id from privacy_request_person where request_id = :id order by family_id")
			.param("id", id)
			.query((RowCallbackHandler) rs -> people.put(rs.getObject("person_id", UUID.class),
					rs.getObject("family_id", UUID.class)));
		return people;
	}

	/**
	 * Confirms which people on record are the request's person, in place of those
	 * confirmed before: only people the family module finds (and only while the request
	 * is open, which the family module's search rule checks). Answers how many.
	 */
	@Transactional
	public int confirm(UUID id, List<UUID> personIds) {
		var request = get(id);
		var families = matches.familiesOf(request.id(), personIds);
		jdbc.sql("delete from privacy_request_person where request_id = :id").param("id", id).update();
		families.forEach((person, family) -> jdbc
			.sql("insert into privacy_request_person (request_id, person_id, family_id) values (:id, :person, :family)")
			.param("id", id)
			.param("person", person)
			.param("family", family)
			.update());
		audit.record(entry(PrivacyAudit.PRIVACY_REQUEST_PEOPLE_CONFIRMED, id)
			.withDetail(families.size() + " people in " + new HashSet<>(families.values()).size() + " families"));
		return families.size();
	}

	/** The person the request is about, as the modules' sources look for them. */
	@Transactional(readOnly = true)
	public DataSubject subject(UUID id) {
		var request = get(id);
		var confirmed = confirmed(id);
		return new DataSubject(id, request.fullName(), request.otherNameSet(), request.dateOfBirth(),
				request.postcode(), request.email(), request.phone(), confirmed.keySet(),
				new HashSet<>(confirmed.values()));
	}

	/**
	 * Marks an open request answered, at the version it was shown at (else
	 * {@link StaleSave}); from then the officer's sight of its families ends.
	 */
	@Transactional
	public void answer(UUID id, long version) {
		int changed = jdbc.sql("""
				update privacy_request set status = 'ANSWERED', answered_at = :at, answered_by = :by,
				                           version = version + 1
				where id = :id and status = 'OPEN' and version = :version
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", currentUser.get().id())
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			get(id);
			throw new StaleSave("privacy_request", id);
		}
		audit.record(entry(PrivacyAudit.PRIVACY_REQUEST_ANSWERED, id));
	}

	static AuditEntry entry(PrivacyAudit action, UUID id) {
		return new AuditEntry(action, true, "privacy_request", id.toString(), Basis.ROLE, id.toString(), null);
	}

	private static final String SELECT = """
			select r.*, u.display_name as recorded_by_name from privacy_request r
			left join identity_user u on u.id = r.recorded_by""";

	private static PrivacyRequest request(ResultSet rs) throws SQLException {
		var dob = rs.getDate("date_of_birth");
		var answered = rs.getTimestamp("answered_at");
		return new PrivacyRequest(rs.getObject("id", UUID.class), RequestKind.valueOf(rs.getString("kind")),
				rs.getString("full_name"), rs.getString("other_names"), (dob != null) ? dob.toLocalDate() : null,
				rs.getString("postcode"), rs.getString("email"), rs.getString("phone"), rs.getString("identity_check"),
				rs.getString("details"), rs.getDate("received_on").toLocalDate(), rs.getDate("due_on").toLocalDate(),
				RequestStatus.valueOf(rs.getString("status")), rs.getString("recorded_by_name"),
				rs.getTimestamp("recorded_at").toInstant(), (answered != null) ? answered.toInstant() : null,
				rs.getLong("version"));
	}

	/**
	 * A request as the form gives it.
	 *
	 * @param identityCheck how their identity was checked, in words (required)
	 */
	public record NewRequest(RequestKind kind, String fullName, String otherNames, LocalDate dateOfBirth,
			String postcode, String email, String phone, String identityCheck, String details, LocalDate receivedOn) {
	}

	/** The list: open requests by due date, then the latest others. */
	public record Listing(List<PrivacyRequest> open, List<PrivacyRequest> done) {

		public Listing {
			open = List.copyOf(open);
			done = List.copyOf(new ArrayList<>(done));
		}

	}

}
