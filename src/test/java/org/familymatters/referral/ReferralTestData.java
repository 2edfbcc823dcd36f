package org.familymatters.referral;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.support.Browserless;
import org.familymatters.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Referrals for the tests: localities, criteria, people with names no other test uses,
 * and users.
 */
@Component
class ReferralTestData {

	private final Localities localities;

	private final Organisations organisations;

	private final TestUsers users;

	private final JdbcClient jdbc;

	ReferralTestData(Localities localities, Organisations organisations, TestUsers users, JdbcClient jdbc) {
		this.localities = localities;
		this.organisations = organisations;
		this.users = users;
		this.jdbc = jdbc;
	}

	UUID locality(String name) {
		return localities.findByNameIgnoringCase(name).orElseThrow().id();
	}

	List<UUID> criteria(UUID locality) {
		return jdbc.sql("select id from locality_criterion where locality_id = :l order by position")
			.param("l", locality)
			.query(UUID.class)
			.list();
	}

	/**
	 * A family name nobody else in the tests has: letters only, so that likely matches
	 * stay apart.
	 */
	static String familyName() {
		var random = ThreadLocalRandom.current();
		var name = new StringBuilder("Q");
		for (int i = 0; i < 9; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	/** A whole staff referral to Banbury naming the person in custody and a child. */
	MockHttpServletRequestBuilder staffReferral(Cookie session, String familyName, String email) {
		var banbury = locality("Banbury");
		var criteria = criteria(banbury);
		return post("/referrals/new").param("localityId", banbury.toString())
			.param("source", "school")
			.param("referrerName", "Test referrer")
			.param("referrerEmail", email)
			.param("referrerOrganisationId",
					organisations.findByNameIgnoringCase("Banbury primary school (demo)").orElseThrow().id().toString())
			.param("people[0].givenName", "Dalton")
			.param("people[0].familyName", familyName)
			.param("people[0].dateOfBirth.day", "4")
			.param("people[0].dateOfBirth.month", "5")
			.param("people[0].dateOfBirth.year", "1988")
			.param("people[0].role", "IN_CUSTODY")
			.param("people[1].givenName", "Poppy")
			.param("people[1].familyName", familyName)
			.param("people[1].dateOfBirth.day", "12")
			.param("people[1].dateOfBirth.month", "9")
			.param("people[1].dateOfBirth.year", "2016")
			.param("people[1].role", "CHILD")
			.param("people[1].relationship", "Daughter")
			.param("people[1].postcode", "ox16 5qb")
			.param("reason", "Her father was sentenced last week and she is struggling at school.")
			.param("needs", "5c0f3a52-6e0b-4f4b-9d4a-000000000111")
			.param("criteria", criteria.get(0).toString(), criteria.get(1).toString(), criteria.get(2).toString())
			.param("consentToContact", "true")
			.cookie(session)
			.with(csrf());
	}

	UUID referralNaming(String familyName) {
		return jdbc.sql("""
				select r.id from referral r join referral_person p on p.referral_id = r.id
				where p.family_name = :name limit 1
				""").param("name", familyName).query(UUID.class).single();
	}

	long version(UUID referral) {
		return jdbc.sql("select version from referral where id = :id").param("id", referral).query(Long.class).single();
	}

	long referrals() {
		return jdbc.sql("select count(*) from referral").query(Long.class).single();
	}

	Cookie signIn(MockMvc mvc, Role role) throws Exception {
		return Browserless.signIn(mvc, TestUsers.demoUsername(role), TestUsers.DEMO_PASSWORD).cookie();
	}

	/** Signs in a new support worker of an organisation in another locality (Slough). */
	Cookie sloughSupportWorker(MockMvc mvc) throws Exception {
		var name = "Slough family support (test " + UUID.randomUUID().toString().substring(0, 8) + ")";
		var organisation = organisations
			.save(Organisation.create(name, OrganisationType.VOLUNTARY, Sector.VOLUNTARY, locality("Slough")));
		var user = users.create(organisation.id(), Role.SUPPORT_WORKER);
		jdbc.sql("update user_account set must_change_password = false where id = :id")
			.param("id", user.account().id())
			.update();
		return Browserless.signIn(mvc, user.account().username(), user.oneTimePassword()).cookie();
	}

}
