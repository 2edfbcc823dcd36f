package org.familymatters.referral.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.directory.Taxonomies;
import org.familymatters.family.FamilyRole;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralFact;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.ReferralStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes referrals and the localities' criteria. It decides nothing about
 * access: {@link org.familymatters.referral.ReferralIntake} and {@link ReferralTriage}
 * do. Names of localities, organisations and users come from identity's published views;
 * the names of needs from the directory's taxonomies.
 */
@Repository
public class Referrals {

	private final JdbcClient jdbc;

	private final Taxonomies taxonomies;

	Referrals(JdbcClient jdbc, Taxonomies taxonomies) {
		this.jdbc = jdbc;
		this.taxonomies = taxonomies;
	}

	/** A locality's current criteria for referral, in order. */
	public List<Criterion> criteria(UUID localityId) {
		return jdbc.sql("""
				select * from locality_criterion where locality_id = :locality and active order by position, text
				""")
			.param("locality", localityId)
			.query((rs, n) -> new Criterion(rs.getObject("id", UUID.class), rs.getObject("locality_id", UUID.class),
					rs.getString("text"), rs.getInt("position"), rs.getBoolean("active"),
					ReferralFact.ofCode(rs.getString("meaning")).orElse(null)))
			.list();
	}

	/**
	 * A new referral with its people, needs and criteria met, received at {@code at};
	 * returns its id and reference.
	 */
	public Saved insert(NewReferral r, UUID referredBy, Instant at) {
		return insert(r, referredBy, at, null).orElseThrow();
	}

	/**
	 * A new referral, as {@link #insert(NewReferral, UUID, Instant)}, unless one was
	 * stored with this idempotency key already: then nothing is stored and the answer is
	 * empty. A second insert with the key waits for the first's transaction, on the key's
	 * unique constraint. A null key stores every time.
	 */
	public Optional<Saved> insert(NewReferral r, UUID referredBy, Instant at, UUID idempotencyKey) {
		var id = UUID.randomUUID();
		var inserted = jdbc
			.sql("""
					insert into referral (id, source, referrer_name, referrer_email, referrer_phone, referrer_organisation_id,
					                      referrer_organisation_name, referred_by, locality_id, reason, consent_to_contact,
					                      best_time_to_call, created_at, idempotency_key)
					values (:id, :source, :name, :email, :phone, :organisation, :organisationName, :by, :locality, :reason,
					        :consent, :bestTime, :at, :key)
					on conflict on constraint referral_key do nothing
					returning reference
					""")
			.param("id", id)
			.param("source", r.source().code())
			.param("name", r.referrerName())
			.param("email", r.referrerEmail())
			.param("phone", r.referrerPhone())
			.param("organisation", r.referrerOrganisationId())
			.param("organisationName", r.referrerOrganisationName())
			.param("by", referredBy)
			.param("locality", r.localityId())
			.param("reason", r.reason())
			.param("consent", r.consentToContact())
			.param("bestTime", r.bestTimeToCall())
			.param("at", Timestamp.from(at))
			.param("key", idempotencyKey)
			.query(String.class)
			.optional();
		if (inserted.isEmpty()) {
			return Optional.empty();
		}
		var reference = inserted.get();
		int position = 0;
		for (var p : r.people()) {
			jdbc.sql("""
					insert into referral_person (id, referral_id, position, given_name, family_name, other_names,
					                             date_of_birth, relationship, role, phone, email, address, postcode)
					values (:id, :referral, :position, :given, :familyName, :other, :dob, :relationship, :role, :phone,
					        :email, :address, :postcode)
					""")
				.param("id", UUID.randomUUID())
				.param("referral", id)
				.param("position", position++)
				.param("given", p.givenName())
				.param("familyName", p.familyName())
				.param("other", p.otherNames())
				.param("dob", p.dateOfBirth())
				.param("relationship", p.relationship())
				.param("role", p.role().code())
				.param("phone", p.phone())
				.param("email", p.email())
				.param("address", p.address())
				.param("postcode", p.postcode())
				.update();
		}
		for (var need : r.needs().stream().distinct().toList()) {
			jdbc.sql("insert into referral_need (referral_id, term_id) values (:referral, :term)")
				.param("referral", id)
				.param("term", need)
				.update();
		}
		for (var criterion : r.criteria().stream().distinct().toList()) {
			jdbc.sql("insert into referral_criterion_met (referral_id, criterion_id) values (:referral, :criterion)")
				.param("referral", id)
				.param("criterion", criterion)
				.update();
		}
		return Optional.of(new Saved(id, reference));
	}

	/**
	 * The referral stored with this idempotency key by this user (null: by a member of
	 * the public), if any.
	 */
	public Optional<Saved> byKey(UUID idempotencyKey, UUID referredBy) {
		return jdbc.sql("""
				select id, reference from referral
				where idempotency_key = :key and referred_by is not distinct from :by
				""")
			.param("key", idempotencyKey)
			.param("by", referredBy)
			.query((rs, n) -> new Saved(rs.getObject("id", UUID.class), rs.getString("reference")))
			.optional();
	}

	/** The locality of a referral, if there is such a referral. */
	public Optional<UUID> localityOf(UUID id) {
		return jdbc.sql("select locality_id from referral where id = :id").param("id", id).query(UUID.class).optional();
	}

	/** A referral with its people, needs and criteria met. */
	public Optional<Referral> find(UUID id) {
		var row = jdbc.sql("""
				select r.*, l.name as locality_name, u.display_name as decided_by_name,
				       coalesce(o.name, r.referrer_organisation_name) as organisation_shown,
				       (select count(*) from locality_criterion c where c.locality_id = r.locality_id and c.active)
				           as criteria_total
				from referral r join identity_locality l on l.id = r.locality_id
				left join identity_organisation o on o.id = r.referrer_organisation_id
				left join identity_user u on u.id = r.decided_by
				where r.id = :id
				""").param("id", id).query((rs, n) -> referral(rs)).optional();
		return row.map(r -> new Referral(r.id(), r.reference(), r.source(), r.referrerName(), r.referrerEmail(),
				r.referrerPhone(), r.referrerOrganisationId(), r.referrerOrganisationName(), r.referredBy(),
				r.localityId(), r.localityName(), r.reason(), r.consentToContact(), r.status(), r.decisionReason(),
				r.decidedByName(), r.decidedAt(), r.familyId(), r.signpostedServiceIds(), r.signpostedNote(),
				r.decisionEmailedAt(), r.createdAt(), r.version(), people(id), needs(id), criteriaMet(id),
				r.criteriaTotal(), r.bestTimeToCall(), r.familyReference()));
	}

	private List<Referral.Person> people(UUID referralId) {
		return jdbc.sql("select * from referral_person where referral_id = :id order by position")
			.param("id", referralId)
			.query((rs, n) -> {
				var dob = rs.getDate("date_of_birth");
				return new Referral.Person(rs.getObject("id", UUID.class), rs.getInt("position"),
						rs.getString("given_name"), rs.getString("family_name"), rs.getString("other_names"),
						(dob != null) ? dob.toLocalDate() : null, rs.getString("relationship"),
						FamilyRole.ofCode(rs.getString("role")), rs.getString("phone"), rs.getString("email"),
						rs.getString("address"), rs.getString("postcode"), rs.getObject("person_id", UUID.class));
			})
			.list();
	}

	/** The names of the needs seen, in order of name. */
	private List<String> needs(UUID referralId) {
		return jdbc.sql("select term_id from referral_need where referral_id = :id")
			.param("id", referralId)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(term -> taxonomies.term(term).stream())
			.map(Taxonomies.Term::name)
			.sorted(Comparator.naturalOrder())
			.toList();
	}

	private List<String> criteriaMet(UUID referralId) {
		return jdbc.sql("""
				select c.text from referral_criterion_met m join locality_criterion c on c.id = m.criterion_id
				where m.referral_id = :id order by c.position, c.text
				""").param("id", referralId).query(String.class).list();
	}

	/**
	 * How many referrals wait for a decision: in one locality, or in every one when it is
	 * null; from one source, or any when it is null.
	 */
	public long waiting(UUID localityId, ReferralSource source) {
		return jdbc.sql("""
				select count(*) from referral r
				where r.status = 'received' and (cast(:locality as uuid) is null or r.locality_id = :locality)
				  and (cast(:source as text) is null or r.source = :source)
				""")
			.param("locality", localityId)
			.param("source", (source != null) ? source.code() : null)
			.query(Long.class)
			.single();
	}

	/**
	 * A page of the referrals waiting for a decision, oldest first: in one locality, or
	 * in every one when it is null; from one source, or any when it is null.
	 */
	public List<ReferralSummary> queue(UUID localityId, ReferralSource source, long offset, int limit) {
		return jdbc.sql("""
				select r.id, r.reference, r.source, r.created_at, l.name as locality_name,
				       coalesce(o.name, r.referrer_organisation_name) as organisation_shown,
				       (select count(*) from referral_person p where p.referral_id = r.id) as people,
				       (select string_agg(p.given_name || ' ' || p.family_name, ', ' order by p.position)
				        from referral_person p where p.referral_id = r.id) as names,
				       (select count(*) from referral_criterion_met m where m.referral_id = r.id) as criteria_met,
				       (select count(*) from locality_criterion c where c.locality_id = r.locality_id and c.active)
				           as criteria_total
				from referral r join identity_locality l on l.id = r.locality_id
				left join identity_organisation o on o.id = r.referrer_organisation_id
				where r.status = 'received' and (cast(:locality as uuid) is null or r.locality_id = :locality)
				  and (cast(:source as text) is null or r.source = :source)
				order by r.created_at, r.id
				offset :offset limit :limit
				""")
			.param("locality", localityId)
			.param("source", (source != null) ? source.code() : null)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new ReferralSummary(rs.getObject("id", UUID.class), rs.getString("reference"),
					ReferralSource.ofCode(rs.getString("source")).orElseThrow(), rs.getString("locality_name"),
					rs.getString("organisation_shown"), rs.getInt("people"), rs.getInt("criteria_met"),
					rs.getInt("criteria_total"), rs.getTimestamp("created_at").toInstant(), rs.getString("names")))
			.list();
	}

	/**
	 * The enabled support workers of a locality, and of organisations that work in every
	 * locality, by name.
	 */
	public List<ReferralTriage.KeyWorker> supportWorkers(UUID localityId) {
		return jdbc
			.sql("""
					select u.id, u.display_name from identity_user u join identity_organisation o on o.id = u.organisation_id
					where u.enabled and 'SUPPORT_WORKER' = any(u.roles) and (o.locality_id = :locality or o.locality_id is null)
					order by lower(u.display_name), u.id
					""")
			.param("locality", localityId)
			.query((rs, n) -> new ReferralTriage.KeyWorker(rs.getObject("id", UUID.class),
					rs.getString("display_name")))
			.list();
	}

	/** Every criterion of a locality, those off the forms too, in order. */
	public List<Criterion> criteriaOfLocality(UUID localityId) {
		return jdbc.sql("select * from locality_criterion where locality_id = :locality order by position, text")
			.param("locality", localityId)
			.query((rs, n) -> new Criterion(rs.getObject("id", UUID.class), rs.getObject("locality_id", UUID.class),
					rs.getString("text"), rs.getInt("position"), rs.getBoolean("active"),
					ReferralFact.ofCode(rs.getString("meaning")).orElse(null)))
			.list();
	}

	/** The ids of the criteria a referral meets. */
	public List<UUID> criteriaMetIds(UUID referralId) {
		return jdbc.sql("select criterion_id from referral_criterion_met where referral_id = :id")
			.param("id", referralId)
			.query(UUID.class)
			.list();
	}

	/**
	 * Replaces the criteria a referral waiting for a decision meets, at the version the
	 * support worker saw. Returns false when it was decided or changed meanwhile, and
	 * then changes nothing.
	 */
	public boolean changeCriteria(UUID id, long seenVersion, List<UUID> criteria) {
		if (jdbc.sql(
				"update referral set version = version + 1 where id = :id and version = :version and status = 'received'")
			.param("id", id)
			.param("version", seenVersion)
			.update() != 1) {
			return false;
		}
		jdbc.sql("delete from referral_criterion_met where referral_id = :id").param("id", id).update();
		for (var criterion : criteria) {
			jdbc.sql("insert into referral_criterion_met (referral_id, criterion_id) values (:referral, :criterion)")
				.param("referral", id)
				.param("criterion", criterion)
				.update();
		}
		return true;
	}

	/** How many referrals a user made, and how many of them wait for a decision. */
	public Counts referredBy(UUID userId) {
		return jdbc.sql("""
				select count(*) as made, count(*) filter (where status = 'received') as waiting
				from referral where referred_by = :user
				""")
			.param("user", userId)
			.query((rs, n) -> new Counts(rs.getLong("made"), rs.getLong("waiting")))
			.single();
	}

	/** A page of the referrals a user made, newest first. */
	public List<Made> madeBy(UUID userId, long offset, int limit) {
		return jdbc.sql("""
				select r.id, r.reference, r.source, r.status, r.created_at, r.decided_at, l.name as locality_name,
				       (select string_agg(p.given_name || ' ' || p.family_name, ', ' order by p.position)
				        from referral_person p where p.referral_id = r.id) as names
				from referral r join identity_locality l on l.id = r.locality_id
				where r.referred_by = :user
				order by r.created_at desc, r.id
				offset :offset limit :limit
				""")
			.param("user", userId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new Made(rs.getObject("id", UUID.class), rs.getString("reference"),
					ReferralSource.ofCode(rs.getString("source")).orElseThrow(),
					ReferralStatus.ofCode(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("decided_at")), rs.getString("locality_name"), rs.getString("names")))
			.list();
	}

	/**
	 * Locks a referral still waiting for a decision at the version the support worker
	 * saw, until the transaction ends. Returns false when it was decided or changed
	 * meanwhile.
	 */
	public boolean lockUndecided(UUID id, long seenVersion) {
		return jdbc
			.sql("select id from referral where id = :id and version = :version and status = 'received' for update")
			.param("id", id)
			.param("version", seenVersion)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	/**
	 * Records a decision on a referral still waiting for one, at the version the support
	 * worker saw, made at {@code at}. Returns false when it was decided or changed
	 * meanwhile, and then changes nothing.
	 */
	public boolean decide(UUID id, long seenVersion, ReferralStatus status, String reason, UUID decidedBy,
			UUID familyId, String familyReference, List<UUID> serviceIds, String note, Instant at) {
		return jdbc.sql("""
				update referral set status = :status, decision_reason = :reason, decided_by = :by, decided_at = :at,
				       family_id = :family, family_reference = :familyReference,
				       signposted_service_ids = cast(:services as uuid[]), signposted_note = :note,
				       version = version + 1
				where id = :id and version = :version and status = 'received'
				""")
			.param("status", status.code())
			.param("reason", reason)
			.param("by", decidedBy)
			.param("family", familyId)
			.param("familyReference", familyReference)
			.param("services", serviceIds.stream().map(UUID::toString).toArray(String[]::new))
			.param("note", note)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.param("version", seenVersion)
			.update() == 1;
	}

	/** Links a person the referral named to who they are on record. */
	public void linkPerson(UUID referralPersonId, UUID personId) {
		jdbc.sql("update referral_person set person_id = :person where id = :id")
			.param("person", personId)
			.param("id", referralPersonId)
			.update();
	}

	/**
	 * Records that the decision is e-mailed now, unless it was already: true for the one
	 * caller that may send it. The row stays locked until the transaction ends, so a
	 * second caller waits, and then finds it taken; if the sending fails and the
	 * transaction rolls back, the e-mail is still to be sent.
	 */
	public boolean claimDecisionEmail(UUID id, Instant at) {
		return jdbc.sql("update referral set decision_emailed_at = :at where id = :id and decision_emailed_at is null")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	private static Referral referral(ResultSet rs) throws SQLException {
		return new Referral(rs.getObject("id", UUID.class), rs.getString("reference"),
				ReferralSource.ofCode(rs.getString("source")).orElseThrow(), rs.getString("referrer_name"),
				rs.getString("referrer_email"), rs.getString("referrer_phone"),
				rs.getObject("referrer_organisation_id", UUID.class), rs.getString("organisation_shown"),
				rs.getObject("referred_by", UUID.class), rs.getObject("locality_id", UUID.class),
				rs.getString("locality_name"), rs.getString("reason"), rs.getBoolean("consent_to_contact"),
				ReferralStatus.ofCode(rs.getString("status")), rs.getString("decision_reason"),
				rs.getString("decided_by_name"), instant(rs.getTimestamp("decided_at")),
				rs.getObject("family_id", UUID.class), uuids(rs.getArray("signposted_service_ids")),
				rs.getString("signposted_note"), instant(rs.getTimestamp("decision_emailed_at")),
				rs.getTimestamp("created_at").toInstant(), rs.getLong("version"), List.of(), List.of(), List.of(),
				rs.getInt("criteria_total"), rs.getString("best_time_to_call"), rs.getString("family_reference"));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		var values = new ArrayList<UUID>();
		for (var value : (Object[]) array.getArray()) {
			values.add((value instanceof UUID uuid) ? uuid : UUID.fromString(value.toString()));
		}
		return List.copyOf(values);
	}

	/** How many referrals a user made, and how many wait for a decision. */
	public record Counts(long made, long waiting) {
	}

	/**
	 * A referral as the user who made it sees it in their list.
	 *
	 * @param decidedAt when it was decided; null while it waits
	 * @param names the people it names
	 */
	public record Made(UUID id, String reference, ReferralSource source, ReferralStatus status, Instant createdAt,
			Instant decidedAt, String localityName, String names) {
	}

	/** A referral's id and reference once saved. */
	public record Saved(UUID id, String reference) {
	}

}
