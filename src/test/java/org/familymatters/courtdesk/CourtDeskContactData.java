package org.familymatters.courtdesk;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.internal.UserAdministration;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Court desk contacts for the tests: volunteers at a court of their own, and whole
 * contact forms.
 */
@Component
public class CourtDeskContactData {

	/** A need of the directory's taxonomy ("Children and young people"). */
	public static final String NEED = "5c0f3a52-6e0b-4f4b-9d4a-000000000111";

	/** A directory service from the starting content (a helpline). */
	public static final String SERVICE = "8a3d2c10-0000-4000-8000-000000000101";

	private final TestUsers users;

	private final CourtVolunteers volunteers;

	private final Organisations organisations;

	private final Localities localities;

	private final JdbcClient jdbc;

	private final RotaTestData rota;

	CourtDeskContactData(TestUsers users, CourtVolunteers volunteers, Organisations organisations,
			Localities localities, JdbcClient jdbc, RotaTestData rota) {
		this.users = users;
		this.volunteers = volunteers;
		this.organisations = organisations;
		this.localities = localities;
		this.jdbc = jdbc;
		this.rota = rota;
	}

	/**
	 * A new volunteer who works at a court (none when court is null), ready to sign in
	 * and ready for shifts (an induction attended, a background check valid for a year).
	 */
	public UserAdministration.NewUser volunteer(UUID court) {
		var user = users.create(Role.VOLUNTEER);
		jdbc.sql("update user_account set must_change_password = false where id = :id")
			.param("id", user.account().id())
			.update();
		if (court != null) {
			volunteers.assign(user.account().id(), court, null);
		}
		rota.ready(user.account().id());
		return user;
	}

	public StaffPrincipal principal(UserAdministration.NewUser user) {
		return users.principal(user.account().username());
	}

	public RequestPostProcessor as(UserAdministration.NewUser user) {
		return user(principal(user));
	}

	/** A support worker of an organisation in Slough. */
	public UserAdministration.NewUser sloughSupportWorker() {
		var name = "Slough family support (court desk test " + UUID.randomUUID().toString().substring(0, 8) + ")";
		var organisation = organisations
			.save(Organisation.create(name, OrganisationType.VOLUNTARY, Sector.VOLUNTARY, locality("Slough")));
		var user = users.create(organisation.id(), Role.SUPPORT_WORKER);
		jdbc.sql("update user_account set must_change_password = false where id = :id")
			.param("id", user.account().id())
			.update();
		return user;
	}

	/**
	 * A locality of the test's own, so that its triage queue holds only what the test
	 * sends there.
	 */
	public Locality newLocality(String prefix) {
		return localities
			.save(Locality.create(prefix + " " + UUID.randomUUID().toString().substring(0, 8), "Berkshire"));
	}

	/** A support worker of a new organisation in a locality, ready to sign in. */
	public UserAdministration.NewUser supportWorkerIn(Locality locality) {
		var organisation = organisations.save(Organisation.create(locality.name() + " family support",
				OrganisationType.VOLUNTARY, Sector.VOLUNTARY, locality.id()));
		var user = users.create(organisation.id(), Role.SUPPORT_WORKER);
		jdbc.sql("update user_account set must_change_password = false where id = :id")
			.param("id", user.account().id())
			.update();
		return user;
	}

	public UUID locality(String name) {
		return localities.findByNameIgnoringCase(name).orElseThrow().id();
	}

	/**
	 * A whole anonymous contact met an hour ago: partner, immediate custody, 1 to 4
	 * years, two children.
	 */
	public static Map<String, String> anonymous(UUID key) {
		var met = ZonedDateTime.now(ServiceTime.ZONE).minusHours(1);
		var form = new LinkedHashMap<String, String>();
		form.put("idempotencyKey", key.toString());
		form.put("met.day", String.valueOf(met.getDayOfMonth()));
		form.put("met.month", String.valueOf(met.getMonthValue()));
		form.put("met.year", String.valueOf(met.getYear()));
		form.put("time", String.format("%02d:%02d", met.getHour(), met.getMinute()));
		form.put("relationship", "partner");
		form.put("outcome", "immediate_custody");
		form.put("sentenceBand", "1_to_4_years");
		form.put("firstTimeInCustody", "yes");
		form.put("children", "2");
		form.put("childrenUnder5", "1");
		form.put("children5To11", "1");
		form.put("concerns", NEED);
		form.put("leaflets", "helpline");
		form.put("services", SERVICE);
		form.put("emotionalSupport", "yes");
		form.put("agreesToContact", "no");
		return form;
	}

	/** The same contact with agreement to be contacted, and the person's details. */
	public Map<String, String> agreed(UUID key, String familyName, String locality) {
		var form = anonymous(key);
		form.put("agreesToContact", "yes");
		form.put("givenName", "Marnie");
		form.put("familyName", familyName);
		form.put("phone", "0118 496 0123");
		form.put("email", "marnie@example.org");
		form.put("localityId", locality(locality).toString());
		form.put("bestTime", "Weekday mornings");
		form.put("explained", "yes");
		return form;
	}

	/** The contact form sent as a browser sends it. */
	public static MockHttpServletRequestBuilder send(Map<String, String> form, RequestPostProcessor who) {
		var request = post("/court-desk/contacts").with(who).with(csrf());
		form.forEach(request::param);
		return request;
	}

	/** The details kept of the contacts a volunteer recorded. */
	public long detailsBy(UUID volunteer) {
		return jdbc.sql("""
				select count(*) from court_desk_contact_details d join court_desk_contact c on c.id = d.contact_id
				where c.recorded_by = :v
				""").param("v", volunteer).query(Long.class).single();
	}

	/** The referrals a volunteer made (from the court desk, under their name). */
	public long referralsBy(UserAdministration.NewUser volunteer) {
		return jdbc.sql("select count(*) from referral where referrer_name = :name")
			.param("name", volunteer.account().displayName())
			.query(Long.class)
			.single();
	}

	public long contactsBy(UUID volunteer) {
		return jdbc.sql("select count(*) from court_desk_contact where recorded_by = :v")
			.param("v", volunteer)
			.query(Long.class)
			.single();
	}

}
