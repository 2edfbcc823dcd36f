package org.familymatters.referral;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestMailServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A support worker decides: accept into a new family (the family and its people are
 * created), into a family already on record (the person already there is linked, not
 * copied), signpost to directory services, or decline with a reason. Each decision is
 * audited and e-mailed to the referrer, after it is committed, through a real SMTP server
 * (GreenMail on the loopback interface) with the reference and the decision only, never a
 * name from the family. A second decision on the same referral is refused; a failing SMTP
 * server leaves the decision standing, and the e-mail waiting to be sent again
 * ({@link DecisionEmailAfterRestartTest}).
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
class ReferralDecisionsTest {

	/** The port application-test.properties gives spring.mail.port. */

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	/** A directory service from the starting content. */
	static final String SERVICE = "de000000-0000-4000-8000-000000000101";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReferralTestData data;

	Cookie practitioner;

	Cookie support;

	@BeforeEach
	void signIn() throws Exception {
		practitioner = data.signIn(mvc, Role.AGENCY_PRACTITIONER);
		support = data.signIn(mvc, Role.SUPPORT_WORKER);
	}

	private UUID referral(String familyName, String email) throws Exception {
		mvc.perform(data.staffReferral(practitioner, familyName, email)).andExpect(status().is3xxRedirection());
		return data.referralNaming(familyName);
	}

	private String reference(UUID id) {
		return jdbc.sql("select reference from referral where id = :id").param("id", id).query(String.class).single();
	}

	/**
	 * The one message sent to an address: the decision is e-mailed after it is committed,
	 * by a listener of its event, so it is waited for.
	 */
	private MimeMessage onlyMessageTo(String address) throws Exception {
		await().atMost(Duration.ofSeconds(20)).until(() -> !messagesTo(address).isEmpty());
		var messages = messagesTo(address);
		assertThat(messages).hasSize(1);
		return messages.get(0);
	}

	private static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** Whether the referral records that its decision was e-mailed. */
	private boolean emailed(UUID id) {
		return jdbc.sql("select decision_emailed_at is not null from referral where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	private static String text(MimeMessage message) throws Exception {
		return message.getSubject() + "\n" + GreenMailUtil.getBody(message);
	}

	@Test
	void acceptingIntoANewFamilyCreatesItWithItsPeopleAuditsAndTellsTheReferrer() throws Exception {
		var name = ReferralTestData.familyName();
		var email = "accept-" + name.toLowerCase() + "@example.org";
		var id = referral(name, email);
		mvc.perform(get("/referrals/" + id).cookie(support)).andExpect(status().isOk());

		var result = mvc
			.perform(post("/referrals/" + id + "/accept").param("version", String.valueOf(data.version(id)))
				.cookie(support)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("mailFailed", false))
			.andReturn();
		var familyId = jdbc.sql("select family_id from referral where id = :id")
			.param("id", id)
			.query(UUID.class)
			.single();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/families/" + familyId);

		var family = jdbc.sql("select status, locality_id from family where id = :id")
			.param("id", familyId)
			.query()
			.singleRow();
		assertThat(family).containsEntry("status", "active").containsEntry("locality_id", data.locality("Banbury"));
		assertThat(jdbc.sql("""
				select given_name || ' ' || family_name || ' ' || role || ' ' || date_of_birth from person
				where family_id = :id order by role
				""").param("id", familyId).query(String.class).list())
			.containsExactly("Poppy " + name + " child 2016-09-12", "Dalton " + name + " in_custody 1988-05-04");
		assertThat(jdbc.sql("""
				select count(*) from referral_person rp join person p on p.id = rp.person_id
				where rp.referral_id = :id and p.family_id = :family and p.given_name = rp.given_name
				""").param("id", id).param("family", familyId).query(Long.class).single()).isEqualTo(2L);
		assertThat(jdbc.sql("select status from referral where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("accepted");
		assertThat(jdbc.sql("""
				select action || ' ' || basis || ' ' || basis_reference from audit_event
				where record_id = :id and outcome = 'ALLOWED' order by id
				""").param("id", id.toString()).query(String.class).list()).containsExactly(
				"REFERRAL_RECEIVED ROLE AGENCY_PRACTITIONER", "REFERRAL_VIEWED ROLE SUPPORT_WORKER",
				"REFERRAL_ACCEPTED ROLE SUPPORT_WORKER");
		assertThat(jdbc.sql("select count(*) from audit_event where record_id = :id and action = 'FAMILY_CREATED'")
			.param("id", familyId.toString())
			.query(Long.class)
			.single()).isEqualTo(1L);

		var message = onlyMessageTo(email);
		assertThat(text(message)).contains(reference(id))
			.contains("accepted")
			.doesNotContain(name)
			.doesNotContain("Dalton")
			.doesNotContain("Poppy");
		await().atMost(Duration.ofSeconds(10)).until(() -> emailed(id));
	}

	@Test
	void acceptingIntoAFamilyOnRecordLinksThePersonAlreadyThereAndAddsTheOthers() throws Exception {
		var name = ReferralTestData.familyName();
		var first = referral(name, "first-" + name.toLowerCase() + "@example.org");
		mvc.perform(post("/referrals/" + first + "/accept").param("version", String.valueOf(data.version(first)))
			.cookie(support)
			.with(csrf())).andExpect(status().is3xxRedirection());
		var familyId = jdbc.sql("select family_id from referral where id = :id")
			.param("id", first)
			.query(UUID.class)
			.single();
		var father = jdbc.sql("select id from person where family_id = :f and role = 'in_custody'")
			.param("f", familyId)
			.query(UUID.class)
			.single();
		var familyReference = jdbc.sql("select reference from family where id = :id")
			.param("id", familyId)
			.query(String.class)
			.single();

		// A second referral, from the father himself, spells the surname differently and
		// names a new baby.
		var typo = name.substring(0, name.length() - 1) + (name.endsWith("e") ? "a" : "e");
		data.askForSupport(mvc,
				new ReferralTestData.SelfRequest("Banbury", "Dalton", typo, "IN_CUSTODY", null,
						"second-" + name.toLowerCase() + "@example.org", null, null, null, null,
						List.of(new ReferralTestData.SelfRequest.Other("Rowan", typo, "CHILD", null, null, null)),
						"A new baby, and I am still in prison."))
			.andExpect(status().is3xxRedirection());
		var second = data.referralNaming(typo);
		var referredFather = jdbc.sql("select id from referral_person where referral_id = :id and position = 0")
			.param("id", second)
			.query(UUID.class)
			.single();

		mvc.perform(get("/referrals/" + second).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Already on record, perhaps")))
			.andExpect(content().string(containsString("in family " + familyReference)));

		mvc.perform(
				post("/referrals/" + second + "/accept-existing").param("version", String.valueOf(data.version(second)))
					.param("familyId", UUID.randomUUID().toString())
					.cookie(support)
					.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the family to accept the referral into")));
		mvc.perform(
				post("/referrals/" + second + "/accept-existing").param("version", String.valueOf(data.version(second)))
					.param("familyId", familyId.toString())
					.param("same", referredFather + ":" + UUID.randomUUID())
					.cookie(support)
					.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose only people on record in the family you chose")));

		mvc.perform(
				post("/referrals/" + second + "/accept-existing").param("version", String.valueOf(data.version(second)))
					.param("familyId", familyId.toString())
					.param("same", referredFather + ":" + father)
					.cookie(support)
					.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/families/" + familyId));

		assertThat(jdbc.sql("select given_name from person where family_id = :f order by given_name")
			.param("f", familyId)
			.query(String.class)
			.list()).containsExactly("Dalton", "Poppy", "Rowan");
		assertThat(jdbc.sql("select person_id from referral_person where id = :id")
			.param("id", referredFather)
			.query(UUID.class)
			.single()).isEqualTo(father);
		assertThat(jdbc.sql("select status || ' ' || family_id from referral where id = :id")
			.param("id", second)
			.query(String.class)
			.single()).isEqualTo("accepted " + familyId);
		assertThat(jdbc.sql("select count(*) from audit_event where record_id = :id and action = 'FAMILY_PEOPLE_ADDED'")
			.param("id", familyId.toString())
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void signpostingEmailsTheServicesNamesAndLinksButNothingAboutTheFamily() throws Exception {
		var name = ReferralTestData.familyName();
		var email = "signpost-" + name.toLowerCase() + "@example.org";
		var id = referral(name, email);
		var service = jdbc.sql("select name from dir_service where id = cast(:id as uuid)")
			.param("id", SERVICE)
			.query(String.class)
			.single();
		mvc.perform(post("/referrals/" + id + "/signpost").param("version", String.valueOf(data.version(id)))
			.cookie(support)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one service, or describe the other help")));

		mvc.perform(post("/referrals/" + id + "/signpost").param("version", String.valueOf(data.version(id)))
			.param("services", SERVICE)
			.param("signpostNote", "Dalton " + name + " could also try the library's homework club.")
			.cookie(support)
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/referrals/" + id));
		assertThat(jdbc.sql("select status from referral where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("signposted");
		var text = text(onlyMessageTo(email));
		assertThat(text).contains(reference(id))
			.contains("signposted")
			.contains(service)
			.doesNotContain(name)
			.doesNotContain("Dalton")
			.doesNotContain("homework club");
		assertThat(jdbc.sql(
				"select action || ' ' || basis_reference from audit_event where record_id = :id and action = 'REFERRAL_SIGNPOSTED'")
			.param("id", id.toString())
			.query(String.class)
			.single()).isEqualTo("REFERRAL_SIGNPOSTED SUPPORT_WORKER");
	}

	@Test
	void decliningNeedsAReasonWhichIsKeptButNeverEmailed() throws Exception {
		var name = ReferralTestData.familyName();
		var email = "decline-" + name.toLowerCase() + "@example.org";
		var id = referral(name, email);
		mvc.perform(post("/referrals/" + id + "/decline").param("version", String.valueOf(data.version(id)))
			.param("declineReason", "  ")
			.cookie(support)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why you are declining the referral")));
		assertThat(jdbc.sql("select status from referral where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("received");

		mvc.perform(post("/referrals/" + id + "/decline").param("version", String.valueOf(data.version(id)))
			.param("declineReason", "Poppy " + name + " already has a worker from the children's centre.")
			.cookie(support)
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status || ': ' || decision_reason from referral where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).startsWith("declined: Poppy");
		var text = text(onlyMessageTo(email));
		assertThat(text).contains(reference(id))
			.contains("declined")
			.doesNotContain(name)
			.doesNotContain("Poppy")
			.doesNotContain("children's centre");
		mvc.perform(get("/referrals/" + id).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Declined by")));
	}

	@Test
	void aSecondDecisionOnTheSameReferralIsRefused() throws Exception {
		var name = ReferralTestData.familyName();
		var id = referral(name, "stale-" + name.toLowerCase() + "@example.org");
		var seen = String.valueOf(data.version(id));
		mvc.perform(post("/referrals/" + id + "/decline").param("version", seen)
			.param("declineReason", "Out of area")
			.cookie(support)
			.with(csrf())).andExpect(status().is3xxRedirection());
		var families = "select count(distinct family_id) from person where family_name = :name";
		long before = jdbc.sql(families).param("name", name).query(Long.class).single();
		mvc.perform(post("/referrals/" + id + "/accept").param("version", seen).cookie(support).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else decided this referral")));
		mvc.perform(post("/referrals/" + id + "/signpost").param("version", seen)
			.param("services", SERVICE)
			.cookie(support)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else decided this referral")));
		assertThat(jdbc.sql(families).param("name", name).query(Long.class).single()).isEqualTo(before);
		assertThat(jdbc.sql("select status from referral where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("declined");
	}

	@Test
	void whenTheMailServerIsDownTheDecisionStandsAndTheEmailWaitsToBeSentAgain() throws Exception {
		var name = ReferralTestData.familyName();
		var id = referral(name, "down-" + name.toLowerCase() + "@example.org");
		mail.stop();
		mvc.perform(post("/referrals/" + id + "/decline").param("version", String.valueOf(data.version(id)))
			.param("declineReason", "Not in the area")
			.cookie(support)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("mailFailed", false))
			.andExpect(flash().attribute("mail", containsString("We will email the decision to the referrer")));
		// The listener tried, failed, and the publication is kept to be tried again.
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where serialized_event like :id and completion_date is null and status = 'FAILED'
				""").param("id", "%" + id + "%").query(Long.class).single() == 1);
		assertThat(jdbc.sql("select status || ' ' || (decision_emailed_at is null) from referral where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("declined true");
		mvc.perform(get("/referrals/" + id).cookie(support))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The referrer will be emailed the decision")));
	}

	@Test
	void theReferrerFollowsEachReferralsStatusFromTheirHomePage() throws Exception {
		var referrer = data.user(data.school(), Role.AGENCY_PRACTITIONER);
		var session = ReferralTestData.signIn(mvc, referrer);
		mvc.perform(get("/home").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your referrals")))
			.andExpect(content().string(containsString("You have not referred a family yet.")));
		var name = ReferralTestData.familyName();
		var email = "status-" + name.toLowerCase() + "@example.org";
		mvc.perform(data.staffReferral(session, name, email)).andExpect(status().is3xxRedirection());
		var id = data.referralNaming(name);
		var reference = reference(id);
		mvc.perform(get("/home").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("1 waiting for a decision, 0 decided.")))
			.andExpect(content().string(containsString("href=\"/referrals/mine\"")))
			.andExpect(content().string(not(containsString("Dalton " + name))));
		mvc.perform(get("/referrals/mine").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("Waiting for a decision")))
			.andExpect(content().string(containsString("Dalton " + name + ", Poppy " + name)));

		mvc.perform(post("/referrals/" + id + "/decline").param("version", String.valueOf(data.version(id)))
			.param("declineReason", "Already supported")
			.cookie(support)
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/referrals/mine").param("page", "%00").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Declined")));
		mvc.perform(get("/referrals/mine").param("page", "4").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 4")));
		mvc.perform(get("/referrals/mine").cookie(practitioner))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(reference))));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'REFERRALS_LISTED' and record_id = :user")
			.param("user", referrer.id().toString())
			.query(Long.class)
			.single()).isEqualTo(3L);
		onlyMessageTo(email);
	}

	@Test
	void aDecisionWithoutAnEmailAddressTellsTheSupportWorkerToTellTheReferrerAnotherWay() throws Exception {
		var name = ReferralTestData.familyName();
		data.askForSupport(mvc,
				new ReferralTestData.SelfRequest("Banbury", "Jo", name, "PARENT_OR_CARER", "01632 960001", null, null,
						null, null, null, List.of(), "We would like some help."))
			.andExpect(status().is3xxRedirection());
		var id = data.referralNaming(name);
		mvc.perform(post("/referrals/" + id + "/decline").param("version", String.valueOf(data.version(id)))
			.param("declineReason", "Already supported")
			.cookie(support)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("mailFailed", true))
			.andExpect(flash().attribute("mail", containsString("gave no email address")));
	}

}
