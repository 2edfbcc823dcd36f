package org.familymatters.privacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the rectification and erasure tests need, written straight into the database: a
 * request as the data protection officer's "Record a request" form keeps it, with the
 * people confirmed to be the requester, and the records other modules hold about a person
 * (a family and its people, files and timeline, a referral, a court desk contact with
 * details, a safeguarding request). Each test makes its own, with names made unique.
 */
@Component
public class PrivacyFixtures {

	/** Banbury, a locality of the reference data every database has. */
	public static final UUID BANBURY = UUID.fromString("0b7c1f5e-2d7a-4c11-9a0e-000000000001");

	/** Reading Crown Court, of the reference data. */
	public static final UUID READING = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	private final JdbcClient jdbc;

	PrivacyFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A name part no other test uses, letters only (so that it reads as a name). */
	public static String unique(String prefix) {
		var letters = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			letters.append((char) ('a' + (Character.digit(c, 16) % 26)));
		}
		return prefix + letters;
	}

	/** The request to erase data that RoleMatrixTest opens the decision page of. */
	public static final UUID ROLE_MATRIX_ERASURE = UUID.fromString("de170000-0000-4000-8000-000000000501");

	/**
	 * The request RoleMatrixTest opens, made once and left open (it names nobody on
	 * record).
	 */
	public void roleMatrixRequest() {
		jdbc.sql("""
				insert into privacy_request (id, kind, full_name, identity_check, received_on, due_on, recorded_by,
				                             recorded_at)
				values (:id, 'ERASURE', 'Role Matrix', 'Passport seen', current_date, current_date + 30, :by, now())
				on conflict (id) do nothing
				""").param("id", ROLE_MATRIX_ERASURE).param("by", user("demo-dpo")).update();
	}

	/** A demo user's id. */
	public UUID user(String username) {
		return jdbc.sql("select id from identity_user where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

	/**
	 * A request of the kind (ACCESS, RECTIFICATION or ERASURE), received today and due in
	 * a month, with the people confirmed (person id to family id).
	 */
	public UUID request(String kind, String fullName, LocalDate born, String email, String phone,
			Map<UUID, UUID> people) {
		var id = UUID.randomUUID();
		var today = LocalDate.now(org.familymatters.shared.time.ServiceTime.ZONE);
		jdbc.sql("""
				insert into privacy_request (id, kind, full_name, date_of_birth, email, phone, identity_check, details,
				                             received_on, due_on, recorded_by, recorded_at)
				values (:id, :kind, :name, :born, :email, :phone, 'Passport seen at the office', 'Asked in writing',
				        :today, :due, :by, now())
				""")
			.param("id", id)
			.param("kind", kind)
			.param("name", fullName)
			.param("born", born)
			.param("email", email)
			.param("phone", phone)
			.param("today", today)
			.param("due", today.plusMonths(1))
			.param("by", user("demo-dpo"))
			.update();
		people.forEach((person, family) -> jdbc
			.sql("insert into privacy_request_person (request_id, person_id, family_id) values (:r, :p, :f)")
			.param("r", id)
			.param("p", person)
			.param("f", family)
			.update());
		return id;
	}

	/** An active family in Banbury at 1 Test Street. */
	public UUID family() {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into family (id, locality_id, status, address_line_1, town, postcode)
				values (:id, :locality, 'active', '1 Test Street', 'Banbury', 'OX16 5QB')
				""").param("id", id).param("locality", BANBURY).update();
		return id;
	}

	/** A parent or carer of the family. */
	public UUID person(UUID family, String given, String familyName, LocalDate born, String email, String phone) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into person (id, family_id, given_name, family_name, date_of_birth, email, phone, role)
				values (:id, :family, :given, :familyName, :born, :email, :phone, 'parent_or_carer')
				""")
			.param("id", id)
			.param("family", family)
			.param("given", given)
			.param("familyName", familyName)
			.param("born", born)
			.param("email", email)
			.param("phone", phone)
			.update();
		return id;
	}

	/** A file kept with the family. */
	public UUID attachment(UUID family, String filename) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into attachment (id, family_id, filename, content_type, size_bytes, content)
				values (:id, :family, :name, 'application/pdf', 4, :content)
				""")
			.param("id", id)
			.param("family", family)
			.param("name", filename)
			.param("content", "%PDF".getBytes())
			.update();
		return id;
	}

	/** A note on the family's timeline. */
	public UUID timelineNote(UUID family, String summary) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into timeline_entry (id, family_id, kind, occurred_at, summary)
				values (:id, :family, 'note', now(), :summary)
				""").param("id", id).param("family", family).param("summary", summary).update();
		return id;
	}

	/**
	 * A self-referral naming the person (matched to their family record); returns the
	 * referral person's id.
	 */
	public UUID referralPerson(UUID personId, String given, String familyName, LocalDate born, String email) {
		var referral = UUID.randomUUID();
		jdbc.sql("""
				insert into referral (id, source, referrer_name, referrer_email, locality_id, reason)
				values (:id, 'self', :name, :email, :locality, :reason)
				""")
			.param("id", referral)
			.param("name", given + " " + familyName)
			.param("email", email)
			.param("locality", BANBURY)
			.param("reason", given + " asks for help while her partner is in custody")
			.update();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into referral_person (id, referral_id, position, given_name, family_name, date_of_birth, role,
				                             email, person_id)
				values (:id, :referral, 1, :given, :familyName, :born, 'parent_or_carer', :email, :person)
				""")
			.param("id", id)
			.param("referral", referral)
			.param("given", given)
			.param("familyName", familyName)
			.param("born", born)
			.param("email", email)
			.param("person", personId)
			.update();
		return id;
	}

	/**
	 * A court desk contact who agreed to be contacted, with their details; returns the
	 * contact's id.
	 */
	public UUID courtDeskContact(String given, String familyName, String phone) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, occurred_at, relationship,
				                                outcome, children_count, emotional_support, agrees_to_contact)
				values (:id, :key, :by, :court, now(), 'partner', 'immediate_custody', 1, true, true)
				""")
			.param("id", id)
			.param("key", UUID.randomUUID())
			.param("by", user("demo-volunteer"))
			.param("court", READING)
			.update();
		jdbc.sql("""
				insert into court_desk_contact_details (contact_id, given_name, family_name, phone, locality_id)
				values (:id, :given, :familyName, :phone, :locality)
				""")
			.param("id", id)
			.param("given", given)
			.param("familyName", familyName)
			.param("phone", phone)
			.param("locality", BANBURY)
			.update();
		return id;
	}

	/** Gives a training booking another e-mail address (the person's own). */
	public void setBookingEmail(UUID booking, String email) {
		jdbc.sql("update training_booking set email = :email where id = :id")
			.param("email", email)
			.param("id", booking)
			.update();
	}

	/** A request to share the family's data without consent, waiting for a decision. */
	public UUID safeguardingRequest(UUID family) {
		var id = UUID.randomUUID();
		var organisation = jdbc.sql("select id from identity_organisation order by name limit 1")
			.query(UUID.class)
			.single();
		jdbc.sql("""
				insert into safeguarding_request (id, family_id, requested_by, reason, organisation_ids, locality_id)
				values (:id, :family, :by, 'A concern about keeping a child safe', :orgs, :locality)
				""")
			.param("id", id)
			.param("family", family)
			.param("by", user("demo-support"))
			.param("orgs", new UUID[] { organisation })
			.param("locality", BANBURY)
			.update();
		return id;
	}

	/** One row of a table as column to value, for the assertions. */
	/**
	 * A hold a safeguarding lead placed on the family, lasting until {@code until}
	 * (/safeguarding/holds).
	 */
	public void holdUntil(UUID family, LocalDate until) {
		jdbc.sql("""
				update family set hold_until = :until, hold_reason = 'A child protection enquiry is open',
				                  hold_placed_by = (select id from user_account where username = 'demo-safeguarding'),
				                  hold_placed_at = now()
				where id = :id
				""").param("until", until).param("id", family).update();
	}

	public Map<String, Object> row(String table, String key, UUID id) {
		return jdbc.sql("select * from " + table + " where " + key + " = :id").param("id", id).query().singleRow();
	}

	/** Whether a row is there. */
	public boolean exists(String table, String key, UUID id) {
		return jdbc.sql("select exists (select 1 from " + table + " where " + key + " = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	/** The modules that reported what they did for a request, by name. */
	public List<String> outcomes(UUID request) {
		return jdbc.sql("select module from privacy_request_outcome where request_id = :id order by module")
			.param("id", request)
			.query(String.class)
			.list();
	}

	/** The audit events of a record: action, outcome, basis and reference. */
	public List<String> audit(String recordType, UUID id) {
		return jdbc.sql("""
				select action || ' ' || outcome || ' ' || basis || ' ' || coalesce(basis_reference, '')
				from audit_event where record_type = :type and record_id = :id order by occurred_at, id
				""").param("type", recordType).param("id", id.toString()).query(String.class).list();
	}

}
