package org.familymatters.family;

import java.time.LocalDate;
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
 * What the family tests need, made afresh for each test rather than taken from the demo
 * data: organisations, users of a role, and families and people written straight into the
 * database.
 */
@Component
class FamilyTestData {

	/** Banbury, a locality of the reference data every database has. */
	static final UUID BANBURY = UUID.fromString("0b7c1f5e-2d7a-4c11-9a0e-000000000001");

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final TestUsers users;

	FamilyTestData(JdbcClient jdbc, Organisations organisations, TestUsers users) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.users = users;
	}

	/** A new organisation, its name made unique; returns its id. */
	UUID organisation(String name, OrganisationType type, UUID locality) {
		var unique = name.contains("(test ") ? name
				: name + " (test " + UUID.randomUUID().toString().substring(0, 8) + ")";
		return organisations.save(Organisation.create(unique, type, Sector.VOLUNTARY, locality)).id();
	}

	/**
	 * A new user of a role in an organisation, as if they had chosen their own password.
	 */
	StaffPrincipal user(UUID organisation, Role role) {
		var created = users.create(organisation, role);
		return users.principal(created.account().username()).withPasswordChanged();
	}

	UUID family(UUID locality, String postcode) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into family (id, locality_id, status, address_line_1, town, postcode)
				values (:id, :locality, 'active', '1 Test Street', 'Banbury', :postcode)
				""").param("id", id).param("locality", locality).param("postcode", postcode).update();
		return id;
	}

	UUID person(UUID family, String given, String familyName, LocalDate born, String role) {
		return person(family, given, familyName, born, role, null);
	}

	UUID person(UUID family, String given, String familyName, LocalDate born, String role, UUID school) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into person (id, family_id, given_name, family_name, date_of_birth, role, school_id, school_year)
				values (:id, :family, :given, :familyName, :born, :role, :school, :year)
				""")
			.param("id", id)
			.param("family", family)
			.param("given", given)
			.param("familyName", familyName)
			.param("born", born)
			.param("role", role)
			.param("school", school)
			.param("year", (school != null) ? "Year 5" : null)
			.update();
		return id;
	}

	/** How many people the family has on record (merged or not). */
	long people(UUID family) {
		return jdbc.sql("select count(*) from person where family_id = :family")
			.param("family", family)
			.query(Long.class)
			.single();
	}

	/** How many custody episodes the family's people have. */
	long custodyEpisodes(UUID family) {
		return jdbc.sql("""
				select count(*) from custody_episode c join person p on p.id = c.person_id where p.family_id = :family
				""").param("family", family).query(Long.class).single();
	}

	/** How many files are kept with the family. */
	long attachments(UUID family) {
		return jdbc.sql("select count(*) from attachment where family_id = :family")
			.param("family", family)
			.query(Long.class)
			.single();
	}

	long version(String table, UUID id) {
		return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
	}

	List<String> actions(UUID family) {
		return jdbc.sql("""
				select action || ' ' || outcome from audit_event where record_type = 'family' and record_id = :id
				order by occurred_at, id
				""").param("id", family.toString()).query(String.class).list();
	}

}
