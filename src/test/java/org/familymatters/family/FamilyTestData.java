package org.familymatters.family;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Families and people for the family tests, written straight into the database. */
@Component
class FamilyTestData {

	static final UUID BANBURY = UUID.fromString("0b7c1f5e-2d7a-4c11-9a0e-000000000001");

	private final JdbcClient jdbc;

	FamilyTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	long version(String table, UUID id) {
		return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
	}

	java.util.List<String> actions(UUID family) {
		return jdbc.sql("""
				select action || ' ' || outcome from audit_event where record_type = 'family' and record_id = :id
				order by occurred_at, id
				""").param("id", family.toString()).query(String.class).list();
	}

}
