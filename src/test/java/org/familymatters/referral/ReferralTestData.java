package org.familymatters.referral;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.support.Browserless;
import org.familymatters.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Referrals for the tests: localities and their criteria (from the migrations), people
 * with names no other test uses, and organisations and users made for the test (never the
 * demo ones).
 */
@Component
class ReferralTestData {

	private final Localities localities;

	private final Organisations organisations;

	private final TestUsers users;

	private final JdbcClient jdbc;

	/** The cookie that holds a request for support's draft. */
	static final String DRAFT_COOKIE = "fm-ask-for-support";

	private volatile UUID school;

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

	/**
	 * A new locality no other test uses, with the checklist every locality starts with
	 * (the five criteria, and what each means); returns its name.
	 */
	String newLocality(String name) {
		var locality = localities
			.save(Locality.create(name + " " + UUID.randomUUID().toString().substring(0, 8), "Testshire"));
		jdbc.sql("""
				insert into locality_criterion (locality_id, text, position, meaning)
				select :locality, text, position, meaning from locality_criterion
				where locality_id = :banbury and position <= 5
				""").param("locality", locality.id()).param("banbury", locality("Banbury")).update();
		return locality.name();
	}

	/** A new organisation of a type in a locality, with a name no other test uses. */
	UUID organisation(String locality, OrganisationType type) {
		var name = "Referral test " + type.name().toLowerCase() + " " + UUID.randomUUID().toString().substring(0, 8);
		return organisations.save(Organisation.create(name, type, Sector.VOLUNTARY, locality(locality))).id();
	}

	/** The school in Banbury that this test run's practitioners work for. */
	UUID school() {
		if (school == null) {
			school = organisation("Banbury", OrganisationType.SCHOOL);
		}
		return school;
	}

	/**
	 * A new user holding a role in an organisation, who need not change their password.
	 */
	Staff user(UUID organisation, Role role) {
		var user = users.create(organisation, role);
		jdbc.sql("update user_account set must_change_password = false where id = :id")
			.param("id", user.account().id())
			.update();
		return new Staff(user.account().id(), user.account().username(), user.oneTimePassword());
	}

	/** A whole staff referral to Banbury naming the person in custody and a child. */
	MockHttpServletRequestBuilder staffReferral(Cookie session, String familyName, String email) {
		var banbury = locality("Banbury");
		var criteria = criteria(banbury);
		return post("/referrals/new").param("localityId", banbury.toString())
			.param("source", "school")
			.param("referrerName", "Test referrer")
			.param("referrerEmail", email)
			.param("referrerOrganisationId", school().toString())
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

	/**
	 * Asks for support as a member of the public, through the question pages, sending the
	 * draft's cookie from page to page; ends with Send (agreeing to be contacted) and
	 * answers what Send answers.
	 */
	ResultActions askForSupport(MockMvc mvc, SelfRequest request) throws Exception {
		var where = mvc
			.perform(post("/ask-for-support/where").param("localityId", locality(request.locality()).toString())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/ask-for-support/you"))
			.andReturn();
		var draft = where.getResponse().getCookie(DRAFT_COOKIE);
		mvc.perform(page("you", draft, "givenName", request.givenName(), "familyName", request.familyName(), "role",
				request.role()))
			.andExpect(redirectedUrl("/ask-for-support/contact"));
		mvc.perform(page("contact", draft, "phone", request.phone(), "email", request.email(), "bestTimeToCall",
				request.bestTime()))
			.andExpect(redirectedUrl("/ask-for-support/address"));
		mvc.perform(page("address", draft, "addressLine1", request.addressLine1(), "town", request.town(), "postcode",
				request.postcode()))
			.andExpect(redirectedUrl("/ask-for-support/people"));
		for (var other : request.others()) {
			mvc.perform(page("people/new", draft, "givenName", other.givenName(), "familyName", other.familyName(),
					"role", other.role(), "dateOfBirth.day", other.day(), "dateOfBirth.month", other.month(),
					"dateOfBirth.year", other.year()))
				.andExpect(redirectedUrl("/ask-for-support/people"));
		}
		mvc.perform(page("story", draft, "story", request.story())).andExpect(redirectedUrl("/ask-for-support/check"));
		return mvc.perform(page("check", draft, "agree", "true"));
	}

	/**
	 * A question page of "Ask for support" sent with the draft's cookie, and these
	 * fields: name, value, name, value… (a null value is left out, as an empty field).
	 */
	static MockHttpServletRequestBuilder page(String page, Cookie draft, String... fields) {
		var request = post("/ask-for-support/" + page).with(csrf());
		if (draft != null) {
			request.cookie(draft);
		}
		for (int i = 0; i + 1 < fields.length; i += 2) {
			if (fields[i + 1] != null) {
				request.param(fields[i], fields[i + 1]);
			}
		}
		return request;
	}

	/**
	 * Whether a referral is in the triage queue the signed-in support worker sees, on any
	 * of its pages (the queue is oldest first, and other tests add to it).
	 */
	static boolean inTriage(MockMvc mvc, Cookie session, String reference) throws Exception {
		for (int page = 1; page <= 100; page++) {
			var html = mvc.perform(get("/referrals/triage").param("page", String.valueOf(page)).cookie(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (html.contains(">" + reference + "<")) {
				return true;
			}
			if (!html.contains("rel=\"next\"")) {
				return false;
			}
		}
		return false;
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

	/** How many referrals name someone of this family name (made by one test). */
	long referralsNaming(String familyName) {
		return jdbc.sql("""
				select count(distinct r.id) from referral r join referral_person p on p.referral_id = r.id
				where p.family_name = :name
				""").param("name", familyName).query(Long.class).single();
	}

	/**
	 * Signs in a new user holding a role in Banbury: a support worker of a family support
	 * charity there, anyone else at the school.
	 */
	Cookie signIn(MockMvc mvc, Role role) throws Exception {
		return (role != Role.SUPPORT_WORKER) ? signIn(mvc, user(school(), role)) : supportWorker(mvc, "Banbury");
	}

	/** Signs in a new support worker of a family support charity in a locality. */
	Cookie supportWorker(MockMvc mvc, String locality) throws Exception {
		return signIn(mvc, user(organisation(locality, OrganisationType.VOLUNTARY), Role.SUPPORT_WORKER));
	}

	/**
	 * A new support worker of a family support charity in a locality, for a request made
	 * as them without signing in.
	 */
	RequestPostProcessor asSupportWorker(String locality) {
		var user = user(organisation(locality, OrganisationType.VOLUNTARY), Role.SUPPORT_WORKER);
		return SecurityMockMvcRequestPostProcessors.user(users.principal(user.username()));
	}

	/** Signs in a new support worker of an organisation in another locality (Slough). */
	Cookie sloughSupportWorker(MockMvc mvc) throws Exception {
		return supportWorker(mvc, "Slough");
	}

	static Cookie signIn(MockMvc mvc, Staff user) throws Exception {
		return Browserless.signIn(mvc, user.username(), user.password()).cookie();
	}

	/**
	 * A request for support as a member of the public types it on the question pages;
	 * null for what they leave empty.
	 */
	record SelfRequest(String locality, String givenName, String familyName, String role, String phone, String email,
			String bestTime, String addressLine1, String town, String postcode, List<Other> others, String story) {

		/** Someone else in the family they name. */
		record Other(String givenName, String familyName, String role, String day, String month, String year) {
		}

	}

	/** A user made for a test: their id, username and password. */
	record Staff(UUID id, String username, String password) {
	}

}
