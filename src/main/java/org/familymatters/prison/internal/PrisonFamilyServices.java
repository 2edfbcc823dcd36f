package org.familymatters.prison.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prisons (organisations of type PRISON) and their services for families. A prison
 * whose services were never recorded has none yet (version 0). Administrators change them
 * as of the version they saw: a save after someone else's is refused with
 * {@link StaleSave}, and each change is audited (PRISON_FAMILY_SERVICES_CHANGED, basis
 * ROLE). Nothing here is about a family.
 */
@Service
public class PrisonFamilyServices {

	private static final String RECORD = "organisation";

	private static final String SELECT = """
			select o.id, o.name, o.active, s.in_thames_valley, s.visits_phone, s.visits_web_address, s.visits_notes,
			       s.family_days, s.liaison_name, s.liaison_email, s.liaison_phone, s.updated_at,
			       coalesce(s.version, 0) as version
			from identity_organisation o left join prison_family_service s on s.organisation_id = o.id
			where o.type = 'PRISON'
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	PrisonFamilyServices(JdbcClient jdbc, AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Every prison, those in the Thames Valley first, then by name. */
	@Transactional(readOnly = true)
	public List<Prison> all() {
		return jdbc.sql(SELECT + " order by coalesce(s.in_thames_valley, false) desc, lower(o.name), o.id")
			.query((rs, n) -> prison(rs))
			.list();
	}

	/**
	 * A prison and its family services; empty when no organisation of type PRISON has the
	 * id.
	 */
	@Transactional(readOnly = true)
	public Optional<Prison> find(UUID organisationId) {
		return jdbc.sql(SELECT + " and o.id = :id").param("id", organisationId).query((rs, n) -> prison(rs)).optional();
	}

	/**
	 * Changes a prison's family services as of the version the administrator saw; refused
	 * with {@link StaleSave} when someone else saved since.
	 */
	@Transactional
	public void change(UUID organisationId, long version, Services services) {
		var prison = find(organisationId).orElseThrow(() -> new NotFound("prison", organisationId));
		var params = new HashMap<String, Object>();
		params.put("id", organisationId);
		params.put("version", version);
		params.put("thamesValley", services.inThamesValley());
		params.put("visitsPhone", services.visitsPhone());
		params.put("visitsWeb", services.visitsWebAddress());
		params.put("visitsNotes", services.visitsNotes());
		params.put("familyDays", services.familyDays());
		params.put("liaisonName", services.liaisonName());
		params.put("liaisonEmail", services.liaisonEmail());
		params.put("liaisonPhone", services.liaisonPhone());
		params.put("now", Timestamp.from(clock.instant()));
		params.put("by", currentUser.find().map(SignedInUser::id).orElse(null));
		// Version 0: never saved by an administrator (no row yet, or the row the
		// migration made).
		int changed = jdbc.sql((version == 0) ? """
				insert into prison_family_service as s (organisation_id, in_thames_valley, visits_phone,
				       visits_web_address, visits_notes, family_days, liaison_name, liaison_email, liaison_phone,
				       updated_at, updated_by, version)
				values (:id, :thamesValley, :visitsPhone, :visitsWeb, :visitsNotes, :familyDays, :liaisonName,
				        :liaisonEmail, :liaisonPhone, :now, :by, 1)
				on conflict (organisation_id) do update set in_thames_valley = excluded.in_thames_valley,
				       visits_phone = excluded.visits_phone, visits_web_address = excluded.visits_web_address,
				       visits_notes = excluded.visits_notes, family_days = excluded.family_days,
				       liaison_name = excluded.liaison_name, liaison_email = excluded.liaison_email,
				       liaison_phone = excluded.liaison_phone, updated_at = excluded.updated_at,
				       updated_by = excluded.updated_by, version = 1
				where s.version = 0
				""" : """
				update prison_family_service set in_thames_valley = :thamesValley, visits_phone = :visitsPhone,
				       visits_web_address = :visitsWeb, visits_notes = :visitsNotes, family_days = :familyDays,
				       liaison_name = :liaisonName, liaison_email = :liaisonEmail, liaison_phone = :liaisonPhone,
				       updated_at = :now, updated_by = :by, version = version + 1
				where organisation_id = :id and version = :version
				""").params(params).update();
		if (changed == 0) {
			throw new StaleSave("prison family services", organisationId);
		}
		audit.record(AuditEntry
			.allowed(PrisonAudit.PRISON_FAMILY_SERVICES_CHANGED, RECORD, organisationId, Basis.ROLE, "ADMINISTRATOR")
			.withDetail(prison.name()));
	}

	private static Prison prison(ResultSet rs) throws SQLException {
		var updated = rs.getTimestamp("updated_at");
		var services = new Services(rs.getBoolean("in_thames_valley"), rs.getString("visits_phone"),
				rs.getString("visits_web_address"), rs.getString("visits_notes"), rs.getString("family_days"),
				rs.getString("liaison_name"), rs.getString("liaison_email"), rs.getString("liaison_phone"));
		return new Prison(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("active"), services,
				(updated != null) ? updated.toInstant() : null, rs.getLong("version"));
	}

	/**
	 * A prison and its services for families.
	 *
	 * @param id the organisation's id
	 * @param updatedAt when its services were last changed; null when never recorded
	 * @param version the services' version; 0 when never recorded
	 */
	public record Prison(UUID id, String name, boolean active, Services services, Instant updatedAt, long version) {

		/** Whether anything of its services for families is recorded. */
		public boolean hasServices() {
			return services.visitsPhone() != null || services.visitsWebAddress() != null
					|| services.visitsNotes() != null || services.familyDays() != null || services.liaisonName() != null
					|| services.liaisonEmail() != null || services.liaisonPhone() != null;
		}

	}

	/**
	 * A prison's services for families, as an administrator keeps them; all but
	 * {@code inThamesValley} optional (null).
	 *
	 * @param visitsPhone the number for booking visits
	 * @param visitsWebAddress where visits are booked online
	 * @param visitsNotes how booking works: days, times, what to bring
	 * @param familyDays when family days are held and how to join one
	 * @param liaisonName the family liaison contact (a role or a person)
	 */
	public record Services(boolean inThamesValley, String visitsPhone, String visitsWebAddress, String visitsNotes,
			String familyDays, String liaisonName, String liaisonEmail, String liaisonPhone) {
	}

}
