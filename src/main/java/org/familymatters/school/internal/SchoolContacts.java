package org.familymatters.school.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each school's designated contact: a user of that school, an agency practitioner, whom
 * the service tells about its pupils affected. An administrator sets it (audited as
 * {@link SchoolAudit#SCHOOL_CONTACT_SET}); a save from a form that showed another contact
 * than the one on record now is refused ({@link StaleSave}). Reads identity's published
 * views only.
 */
@Service
public class SchoolContacts {

	private static final String SCHOOLS = """
			select o.id, o.name, o.active, c.user_id, u.display_name, u.email, coalesce(u.enabled, false) as enabled
			from identity_organisation o
			left join school_contact c on c.school_id = o.id
			left join identity_user u on u.id = c.user_id
			where o.type = 'SCHOOL'
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	SchoolContacts(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Every school (organisation of type school), by name, with its designated contact.
	 */
	@Transactional(readOnly = true)
	public List<School> schools() {
		return jdbc.sql(SCHOOLS + " order by lower(o.name), o.id").query(SchoolContacts::school).list();
	}

	/** The school; empty when there is no school with that id. */
	@Transactional(readOnly = true)
	public Optional<School> school(UUID schoolId) {
		return jdbc.sql(SCHOOLS + " and o.id = :id").param("id", schoolId).query(SchoolContacts::school).optional();
	}

	/**
	 * Who may be the school's designated contact: its enabled users who are agency
	 * practitioners (those who can see its pupils), by name.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(UUID schoolId) {
		return jdbc.sql("""
				select id, display_name, username, email from identity_user
				where organisation_id = :school and enabled and roles @> array['AGENCY_PRACTITIONER']::text[]
				order by lower(display_name), id
				""")
			.param("school", schoolId)
			.query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("display_name"),
					rs.getString("username"), rs.getString("email")))
			.list();
	}

	/**
	 * Makes {@code userId} the school's designated contact, if the contact on record is
	 * still {@code was} (null: none); refused with {@link StaleSave} otherwise.
	 * @throws IllegalArgumentException when the user may not be the school's contact
	 */
	@Transactional
	public void set(UUID schoolId, UUID was, UUID userId) {
		if (candidates(schoolId).stream().noneMatch(c -> c.id().equals(userId))) {
			throw new IllegalArgumentException("The user " + userId + " may not be the contact of " + schoolId);
		}
		var by = currentUser.get().id();
		var now = Timestamp.from(clock.instant());
		int changed;
		if (was == null) {
			changed = jdbc.sql("""
					insert into school_contact (school_id, user_id, set_by, set_at) values (:school, :user, :by, :now)
					on conflict do nothing
					""").param("school", schoolId).param("user", userId).param("by", by).param("now", now).update();
		}
		else {
			changed = jdbc.sql("""
					update school_contact set user_id = :user, set_by = :by, set_at = :now
					where school_id = :school and user_id = :was
					""")
				.param("school", schoolId)
				.param("user", userId)
				.param("by", by)
				.param("now", now)
				.param("was", was)
				.update();
		}
		if (changed == 0) {
			throw new StaleSave("school contact", schoolId);
		}
		audit.record(new AuditEntry(SchoolAudit.SCHOOL_CONTACT_SET, true, "organisation", schoolId.toString(),
				Basis.ROLE, Role.ADMINISTRATOR.name(), "designated contact: user " + userId));
	}

	/**
	 * The designated contact of each school that has one who is enabled, by school.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, UUID> contactsOf(Collection<UUID> schoolIds) {
		var contacts = new HashMap<UUID, UUID>();
		if (schoolIds.isEmpty()) {
			return contacts;
		}
		jdbc.sql("""
				select c.school_id, c.user_id from school_contact c join identity_user u on u.id = c.user_id
				where c.school_id in (:schools) and u.enabled
				""")
			.param("schools", List.copyOf(schoolIds))
			.query((RowCallbackHandler) rs -> contacts.put(rs.getObject("school_id", UUID.class),
					rs.getObject("user_id", UUID.class)));
		return contacts;
	}

	/**
	 * The school the signed-in user is designated contact of: their own organisation,
	 * when it is a school and they are its contact; empty for anyone else.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> schoolOfSignedInUser() {
		return currentUser.find()
			.filter(user -> user.organisationId() != null)
			.flatMap(user -> jdbc.sql("""
					select c.school_id from school_contact c
					join identity_organisation o on o.id = c.school_id and o.type = 'SCHOOL'
					where c.user_id = :user and c.school_id = :organisation
					""")
				.param("user", user.id())
				.param("organisation", user.organisationId())
				.query(UUID.class)
				.optional());
	}

	/**
	 * The designated contact of the signed-in user's school, whoever it is, for telling
	 * its other users whom to ask; empty when the user is not of a school or it has none.
	 */
	@Transactional(readOnly = true)
	public Optional<School> schoolOfMine() {
		return currentUser.find()
			.filter(user -> user.organisationId() != null)
			.flatMap(user -> school(user.organisationId()));
	}

	private static School school(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var contact = rs.getObject("user_id", UUID.class);
		return new School(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("active"),
				(contact != null) ? new Contact(contact, rs.getString("display_name"), rs.getString("email"),
						rs.getBoolean("enabled")) : null);
	}

	/**
	 * A school.
	 *
	 * @param id the organisation
	 * @param name its name
	 * @param active whether it is active
	 * @param contact its designated contact; null when it has none
	 */
	public record School(UUID id, String name, boolean active, Contact contact) {
	}

	/**
	 * A school's designated contact.
	 *
	 * @param id the user
	 * @param name their name
	 * @param email their e-mail address; null when none is on record
	 * @param enabled whether they can sign in
	 */
	public record Contact(UUID id, String name, String email, boolean enabled) {
	}

	/**
	 * A user who may be a school's designated contact.
	 *
	 * @param id the user
	 * @param name their name
	 * @param username their username
	 * @param email their e-mail address; null when none is on record
	 */
	public record Candidate(UUID id, String name, String username, String email) {
	}

}
