package org.familymatters.bridges.internal;

import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.family.FamilyRecords;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pilot's pairs of a county (whose families it covers) and a prison (where they are
 * held): administrators add a pair and start or stop it; referrals are made only for a
 * pair in force. Launched with Oxfordshire and HMP Bullingdon (V64).
 */
@Service
public class Pilots {

	private final JdbcClient jdbc;

	private final FamilyRecords records;

	private final AuditTrail audit;

	Pilots(JdbcClient jdbc, FamilyRecords records, AuditTrail audit) {
		this.jdbc = jdbc;
		this.records = records;
		this.audit = audit;
	}

	/** Every pair, in force or not, by county and prison. */
	@Transactional(readOnly = true)
	public List<Pilot> all() {
		var prisons = records.prisons();
		return jdbc.sql("select id, county, prison_id, active, version from bridges_pilot").query((rs, n) -> {
			var prison = rs.getObject("prison_id", UUID.class);
			return new Pilot(rs.getObject("id", UUID.class), rs.getString("county"), prison,
					prisons.getOrDefault(prison, "A prison no longer on the list"), rs.getBoolean("active"),
					rs.getLong("version"));
		})
			.list()
			.stream()
			.sorted((a, b) -> (a.county() + a.prisonName()).compareToIgnoreCase(b.county() + b.prisonName()))
			.toList();
	}

	/** The pairs in force. */
	@Transactional(readOnly = true)
	public List<Eligibility.Pair> inForce() {
		return jdbc.sql("select id, county, prison_id from bridges_pilot where active")
			.query((rs, n) -> new Eligibility.Pair(rs.getObject("id", UUID.class), rs.getString("county"),
					rs.getObject("prison_id", UUID.class)))
			.list();
	}

	/** The counties of the service's localities, by name. */
	@Transactional(readOnly = true)
	public List<String> counties() {
		return jdbc.sql("select distinct county from identity_locality order by county").query(String.class).list();
	}

	/**
	 * Adds a pair, in force at once; false when the pair is in the pilot already (in
	 * force or stopped).
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public boolean add(String county, UUID prisonId) {
		var id = UUID.randomUUID();
		int added = jdbc.sql("""
				insert into bridges_pilot (id, county, prison_id) values (:id, :county, :prison)
				on conflict (county, prison_id) do nothing
				""").param("id", id).param("county", county).param("prison", prisonId).update();
		if (added == 0) {
			return false;
		}
		audit.record(
				AuditEntry.allowed(BridgesAudit.BRIDGES_PILOT_ADDED, "bridges_pilot", id, Basis.ROLE, "ADMINISTRATOR")
					.withDetail(county + " and prison " + prisonId));
		return true;
	}

	/**
	 * Starts or stops a pair; refused as stale when someone changed it since the page was
	 * shown. BridgesReferrals made under a stopped pair go on; no new ones are made.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMINISTRATOR')")
	public Pilot setActive(UUID id, long version, boolean active) {
		var pilot = all().stream()
			.filter(p -> p.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new NotFound("pilot", id));
		int changed = jdbc.sql(
				"update bridges_pilot set active = :active, version = version + 1 where id = :id and version = :version")
			.param("active", active)
			.param("id", id)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleSave("bridges_pilot", id);
		}
		audit.record(
				AuditEntry.allowed(BridgesAudit.BRIDGES_PILOT_CHANGED, "bridges_pilot", id, Basis.ROLE, "ADMINISTRATOR")
					.withDetail((active ? "started: " : "stopped: ") + pilot.county() + " and " + pilot.prisonName()));
		return pilot;
	}

	/**
	 * A pair of the pilot.
	 *
	 * @param id the pair
	 * @param county the county whose families it covers
	 * @param prisonId the prison
	 * @param prisonName its name
	 * @param active whether referrals may be made under it
	 * @param version for refusing a stale change
	 */
	public record Pilot(UUID id, String county, UUID prisonId, String prisonName, boolean active, long version) {
	}

}
