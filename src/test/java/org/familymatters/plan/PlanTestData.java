package org.familymatters.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the plan tests need, made afresh for each test: organisations, users, and families
 * and people written straight into the database.
 */
@Component
class PlanTestData {

	/** Banbury, a locality of the reference data every database has. */
	static final UUID BANBURY = UUID.fromString("0b7c1f5e-2d7a-4c11-9a0e-000000000001");

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final TestUsers users;

	PlanTestData(JdbcClient jdbc, Organisations organisations, TestUsers users) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.users = users;
	}

	UUID organisation(String name, OrganisationType type, UUID locality) {
		var unique = name + " (test " + UUID.randomUUID().toString().substring(0, 8) + ")";
		return organisations.save(Organisation.create(unique, type, Sector.VOLUNTARY, locality)).id();
	}

	UUID locality(String name) {
		return jdbc.sql("select id from locality where name = :name").param("name", name).query(UUID.class).single();
	}

	StaffPrincipal user(UUID organisation, Role role) {
		var created = users.create(organisation, role);
		return users.principal(created.account().username()).withPasswordChanged();
	}

	/** A family of a locality, started at {@code started}, with a key worker or none. */
	UUID family(UUID locality, UUID keyWorker, Instant started) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into family (id, locality_id, status, key_worker_id, created_at, updated_at)
				values (:id, :locality, 'active', :keyWorker, :started, :started)
				""")
			.param("id", id)
			.param("locality", locality)
			.param("keyWorker", keyWorker)
			.param("started", java.sql.Timestamp.from(started))
			.update();
		return id;
	}

	UUID person(UUID family, String given, String role) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into person (id, family_id, given_name, family_name, role)
				values (:id, :family, :given, 'Plan-Test', :role)
				""").param("id", id).param("family", family).param("given", given).param("role", role).update();
		return id;
	}

	long count(String sql, UUID family) {
		return jdbc.sql(sql).param("family", family).query(Long.class).single();
	}

	Long planVersion(UUID family) {
		return jdbc.sql("select version from plan_support_plan where family_id = :family")
			.param("family", family)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	UUID one(String sql, UUID family) {
		return jdbc.sql(sql).param("family", family).query(UUID.class).single();
	}

	String text(String sql, UUID family) {
		return jdbc.sql(sql).param("family", family).query(String.class).single();
	}

	/** The audit events about a family, as "ACTION OUTCOME". */
	List<String> audit(UUID family) {
		return jdbc.sql("""
				select action || ' ' || outcome from audit_event where record_type = 'family' and record_id = :id
				order by occurred_at, id
				""").param("id", family.toString()).query(String.class).list();
	}

}
