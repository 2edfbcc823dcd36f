package org.familymatters.plan;

import java.util.UUID;

import org.familymatters.plan.internal.Owners;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An action's form offers the people of the family's county and of the organisations that
 * serve everywhere, and always the action's owner, never everyone in the country.
 */
@IntegrationTest
@Transactional
class OwnersNearbyTest {

	@Autowired
	Owners owners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFamilysCountyEverywhereAndTheOwnerButNotAnotherCounty() {
		var here = locality("Near", "Owners test county A");
		var sameCounty = locality("Near too", "Owners test county A");
		var elsewhere = locality("Far", "Owners test county B");
		var inHere = user(organisation(here), "owners-near-1");
		var inSameCounty = user(organisation(sameCounty), "owners-near-2");
		var everywhere = user(organisation(null), "owners-everywhere");
		var far = user(organisation(elsewhere), "owners-far");

		var offered = owners.people(here, null).stream().map(Owners.Choice::id).toList();
		assertThat(offered).contains(inHere, inSameCounty, everywhere).doesNotContain(far);

		var withOwner = owners.people(here, far).stream().map(Owners.Choice::id).toList();
		assertThat(withOwner).as("the action's owner stays on its form").contains(far, inHere);
	}

	private UUID locality(String name, String county) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into locality (id, name, county) values (:id, :name, :county)")
			.param("id", id)
			.param("name", name + " " + id)
			.param("county", county)
			.update();
		return id;
	}

	private UUID organisation(UUID locality) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into organisation (id, name, type, sector, locality_id)
				values (:id, :name, 'VOLUNTARY', 'VOLUNTARY', :locality)
				""").param("id", id).param("name", "Owners test " + id).param("locality", locality).update();
		return id;
	}

	private UUID user(UUID organisation, String username) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into user_account (id, username, display_name, organisation_id, password_hash)
				values (:id, :username, :name, :organisation, 'not-a-hash')
				""")
			.param("id", id)
			.param("username", username + "-" + id.toString().substring(0, 8))
			.param("name", "Owner " + username)
			.param("organisation", organisation)
			.update();
		return id;
	}

}
