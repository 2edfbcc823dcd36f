package org.familymatters.family;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.familymatters.family.internal.Families;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The likely-match search's list of names keeps a name only while someone on record has
 * it: a person made anonymous or removed takes their names with them, unless someone else
 * has the same name (V83).
 */
@IntegrationTest
class PersonNamesTest {

	@Autowired
	Families families;

	@Autowired
	Localities localities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNameGoesWithTheLastPersonWhoHadIt() {
		var given = unique("Ottilie");
		var shared = unique("Fairweather");
		var own = unique("Quennell");
		var locality = localities.save(Locality.create(unique("Names locality "), "Oxfordshire")).id();
		var family = families.create(locality, "active", null);
		var first = families.addPerson(family, new NewPerson(given, shared, null, LocalDate.of(1985, 3, 4), null, null,
				"mother", FamilyRole.PARENT_OR_CARER, null, null));
		families.addPerson(family, new NewPerson(unique("Bram"), shared, null, LocalDate.of(1984, 5, 6), null, null,
				"partner", FamilyRole.PARTNER, null, null));
		var third = families.addPerson(family, new NewPerson(unique("Ivo"), own, null, LocalDate.of(2012, 7, 8), null,
				null, "son", FamilyRole.CHILD, null, null));
		assertThat(onTheList(given)).isTrue();
		assertThat(onTheList(shared)).isTrue();
		assertThat(onTheList(own)).isTrue();

		// Made anonymous, as the retention run and an erasure do.
		jdbc.sql("update person set given_name = 'Removed', family_name = 'Removed' where id = :id")
			.param("id", first)
			.update();
		assertThat(onTheList(given)).as("nobody else is called %s", given).isFalse();
		assertThat(onTheList(shared)).as("the partner is still called %s", shared).isTrue();

		jdbc.sql("delete from person where id = :id").param("id", third).update();
		assertThat(onTheList(own)).isFalse();
	}

	private boolean onTheList(String name) {
		return jdbc.sql("select count(*) from person_name where name = lower(:name)")
			.param("name", name)
			.query(Integer.class)
			.single() == 1;
	}

	private static String unique(String stem) {
		var letters = new StringBuilder(stem);
		for (int i = 0; i < 8; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

}
