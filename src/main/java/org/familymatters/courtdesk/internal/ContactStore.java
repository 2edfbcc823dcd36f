package org.familymatters.courtdesk.internal;

import java.sql.Time;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where contacts are kept: the contact, its needs and services, and with agreement the
 * person's details, the consent the volunteer witnessed and the referral it made. Writes
 * what it is given (the rules decide what that is, {@link ContactRules#kept}), in the
 * caller's transaction; decides nothing.
 */
@Repository
public class ContactStore {

	private final JdbcClient jdbc;

	ContactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The contact a volunteer already sent with this key, if any. */
	public Optional<ContactRecording.Recorded> received(UUID volunteerId, UUID idempotencyKey) {
		return jdbc.sql("""
				select id, reference, referral_reference from court_desk_contact
				where recorded_by = :user and idempotency_key = :key
				""")
			.param("user", volunteerId)
			.param("key", idempotencyKey)
			.query((rs, n) -> new ContactRecording.Recorded(rs.getObject("id", UUID.class), rs.getString("reference"),
					true, rs.getString("referral_reference")))
			.optional();
	}

	/**
	 * Stores a contact with its needs and services, at the session the volunteer is on at
	 * their court that day (the one under way when they met, else the first), if any.
	 * @return its id and reference
	 * @throws org.springframework.dao.DuplicateKeyException when the volunteer stored a
	 * contact with the same idempotency key meanwhile
	 */
	public Stored add(NewContact c, UUID volunteerId, UUID courtId) {
		var id = UUID.randomUUID();
		var session = jdbc.sql("""
				select s.id from court_desk_session s
				join court_desk_shift f on f.session_id = s.id and f.volunteer_id = :user
				where s.court_id = :court and s.session_date = :day and s.cancelled_at is null
				order by case when cast(:time as time) between s.starts_at and s.ends_at then 0 else 1 end, s.starts_at
				limit 1
				""")
			.param("user", volunteerId)
			.param("court", courtId)
			.param("day", c.metAt().toLocalDate())
			.param("time", Time.valueOf(c.metAt().toLocalTime().withNano(0)))
			.query(UUID.class)
			.optional()
			.orElse(null);
		var reference = jdbc.sql("""
				insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, session_id, occurred_at,
				    relationship, outcome, sentence_band, first_time_in_custody, children_count, children_under_5,
				    children_5_to_11, children_12_to_17, leaflets, emotional_support, agrees_to_contact)
				values (:id, :key, :user, :court, :session, :occurredAt, :relationship, :outcome, :band, :firstTime,
				    :children, :under5, :from5, :from12, cast(:leaflets as text[]), :support, :agrees)
				returning reference
				""")
			.param("id", id)
			.param("key", c.idempotencyKey())
			.param("user", volunteerId)
			.param("court", courtId)
			.param("session", session)
			.param("occurredAt", Timestamp.from(c.metAt().atZone(ServiceTime.ZONE).toInstant()))
			.param("relationship", c.relationship().code())
			.param("outcome", c.outcome().code())
			.param("band", (c.sentenceBand() != null) ? c.sentenceBand().code() : null)
			.param("firstTime", (c.firstTimeInCustody() != null) ? c.firstTimeInCustody().code() : null)
			.param("children", c.children())
			.param("under5", zero(c.childrenUnder5()))
			.param("from5", zero(c.children5To11()))
			.param("from12", zero(c.children12To17()))
			.param("leaflets", c.leaflets().stream().sorted().map(Leaflet::code).toArray(String[]::new))
			.param("support", c.emotionalSupport())
			.param("agrees", c.agreed())
			.query(String.class)
			.single();
		for (var term : c.concerns()) {
			jdbc.sql("insert into court_desk_contact_concern (contact_id, term_id) values (:id, :term)")
				.param("id", id)
				.param("term", term)
				.update();
		}
		for (var service : c.services()) {
			jdbc.sql("insert into court_desk_contact_service (contact_id, service_id) values (:id, :service)")
				.param("id", id)
				.param("service", service)
				.update();
		}
		return new Stored(id, reference);
	}

	/**
	 * Keeps who agreed to be contacted and how to reach them, and the agreement the
	 * volunteer witnessed.
	 */
	public void addAgreement(UUID contactId, NewContact.Details d, String witness, String purpose) {
		jdbc.sql("""
				insert into court_desk_contact_details (contact_id, given_name, family_name, phone, email,
				    locality_id, best_time)
				values (:id, :given, :family, :phone, :email, :locality, :bestTime)
				""")
			.param("id", contactId)
			.param("given", d.givenName())
			.param("family", d.familyName())
			.param("phone", d.phone())
			.param("email", d.email())
			.param("locality", d.localityId())
			.param("bestTime", d.bestTime())
			.update();
		jdbc.sql("""
				insert into court_desk_consent (contact_id, method, witness, given_at, purpose)
				values (:id, 'verbal_witnessed', :witness, now(), :purpose)
				""").param("id", contactId).param("witness", witness).param("purpose", purpose).update();
	}

	/** Notes the referral the contact made. */
	public void referred(UUID contactId, UUID referralId, String referralReference) {
		jdbc.sql(
				"update court_desk_contact set referral_id = :referral, referral_reference = :reference where id = :id")
			.param("referral", referralId)
			.param("reference", referralReference)
			.param("id", contactId)
			.update();
	}

	private static int zero(Integer value) {
		return (value != null) ? value : 0;
	}

	/** A contact just stored: its id and its reference (CD-…). */
	public record Stored(UUID id, String reference) {
	}

}
