package org.familymatters.school;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.school.internal.PupilsLeaving;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Telling a child's school (issue 14, item 5), through a real SMTP server (GreenMail):
 * with consent that covers the school, the support worker tells it; its designated
 * contact is e-mailed a link with no personal data and sees exactly that pupil, and
 * another school's contact sees nothing of it; without covering consent the school is not
 * told and the refusal is audited with its basis; once consent is withdrawn the pupil is
 * gone from the page, and the school is told once, without a name, that a pupil has left
 * its list.
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
class SchoolTellingTest {

	static final Duration ARRIVES = Duration.ofSeconds(20);

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	SchoolFixtures fixtures;

	@Autowired
	PupilsLeaving leaving;

	@Autowired
	MockMvc mvc;

	private List<MimeMessage> to(String address) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(address::equals);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private Setting setting(String name) {
		var locality = fixtures.locality(name).id();
		var worker = fixtures.user(
				fixtures.organisation("Family Matters " + name, OrganisationType.VOLUNTARY, locality).id(),
				Role.SUPPORT_WORKER);
		var supportWorker = worker.principal();
		var school = fixtures.school(name + " primary school", locality);
		var otherSchool = fixtures.school(name + " secondary school", locality);
		var family = fixtures.family(locality, supportWorker, school.id(), otherSchool.id());
		return new Setting(supportWorker, worker.email(), school, otherSchool, family);
	}

	@Test
	void withConsentTheSchoolIsToldByAnEmailWithoutPersonalDataAndItsContactSeesExactlyThatPupil() throws Exception {
		var s = setting("Telling");
		var consent = fixtures.consent(s.supportWorker(), s.family(), Set.of(s.school().id()));
		var contact = s.school().contact();

		mvc.perform(get("/families/" + s.family().id()).with(user(s.supportWorker())))
			.andExpect(content().string(containsString("/families/" + s.family().id() + "/schools")));
		mvc.perform(get("/families/" + s.family().id() + "/schools").with(user(s.supportWorker())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jayden " + s.family().surname())))
			.andExpect(content().string(containsString(s.school().name())))
			.andExpect(content().string(containsString(s.otherSchool().name())));
		mvc.perform(post("/families/" + s.family().id() + "/schools").param("child", s.family().child().toString())
			.with(user(s.supportWorker()))
			.with(csrf())).andExpect(redirectedUrl("/families/" + s.family().id() + "/schools"));

		await().atMost(ARRIVES).until(() -> to(contact.email()).size() == 1);
		var message = to(contact.email()).get(0);
		assertThat(message.getSubject())
			.isEqualTo("Family Matters: a pupil has been added to your list of pupils affected");
		assertThat(GreenMailUtil.getBody(message)).contains("/schools/pupils")
			.doesNotContain("Jayden")
			.doesNotContain(s.family().surname())
			.doesNotContain(s.family().reference())
			.doesNotContain("Darren")
			.doesNotContain("Bullingdon");
		assertThat(fixtures.auditFor(s.family().id(), "SCHOOL_NOTIFIED"))
			.containsExactly(s.supportWorker().username() + " ALLOWED ROLE SUPPORT_WORKER");

		mvc.perform(get("/schools/pupils").with(user(contact.principal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jayden " + s.family().surname())))
			.andExpect(content().string(containsString("Year 5")))
			.andExpect(content().string(containsString("A parent or carer is in custody")))
			.andExpect(content().string(containsString("mailto:" + s.keyWorkerEmail())))
			.andExpect(content().string(not(containsString("Mia"))))
			.andExpect(content().string(not(containsString("Darren"))))
			.andExpect(content().string(not(containsString(s.family().reference()))))
			.andExpect(content().string(not(containsString("Bullingdon"))));
		assertThat(fixtures.auditFor(s.family().id(), "PUPILS_AFFECTED_VIEWED"))
			.containsExactly(contact.principal().username() + " ALLOWED CONSENT " + consent);
		var notification = fixtures.openNotification(s.family().child());
		mvc.perform(get("/schools/pupils/" + notification).with(user(contact.principal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jayden " + s.family().surname())));

		var otherContact = s.otherSchool().contact().principal();
		mvc.perform(get("/schools/pupils").with(user(otherContact)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There are no pupils on your list")))
			.andExpect(content().string(not(containsString(s.family().surname()))));
		mvc.perform(get("/schools/pupils/" + notification).with(user(otherContact))).andExpect(status().isNotFound());
		mvc.perform(get("/schools/pupils/" + UUID.randomUUID()).with(user(contact.principal())))
			.andExpect(status().isNotFound());

		mvc.perform(post("/families/" + s.family().id() + "/schools").param("child", s.family().child().toString())
			.with(user(s.supportWorker()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The school has been told already")));
		assertThat(fixtures.notifications(s.family().child())).containsExactly("open");
	}

	@Test
	void withoutCoveringConsentOrADesignatedContactTheSchoolIsNotToldAndTheRefusalIsAudited() throws Exception {
		var s = setting("Refused");
		fixtures.consent(s.supportWorker(), s.family(), Set.of(s.otherSchool().id()));
		mvc.perform(post("/families/" + s.family().id() + "/schools").param("child", s.family().child().toString())
			.with(user(s.supportWorker()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The school cannot be told: no consent")));
		assertThat(fixtures.auditFor(s.family().id(), "SCHOOL_NOTIFIED"))
			.containsExactly(s.supportWorker().username() + " REFUSED ROLE NO_CONSENT_OR_SAFEGUARDING");
		assertThat(fixtures.notifications(s.family().child())).isEmpty();

		mvc.perform(post("/families/" + s.family().id() + "/schools").param("child", s.family().father().toString())
			.with(user(s.supportWorker()))
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/families/" + s.family().id() + "/schools").with(user(s.supportWorker())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the child whose school you want to tell")));
		var elsewhere = fixtures.locality("Elsewhere").id();
		var outsider = fixtures
			.user(fixtures.organisation("Family Matters elsewhere", OrganisationType.VOLUNTARY, elsewhere).id(),
					Role.SUPPORT_WORKER)
			.principal();
		mvc.perform(post("/families/" + s.family().id() + "/schools").param("child", s.family().child().toString())
			.with(user(outsider))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(fixtures.auditFor(s.family().id(), "SCHOOL_NOTIFIED"))
			.contains(outsider.username() + " REFUSED ROLE SUPPORT_WORKER");
		mvc.perform(get("/families/" + s.family().id() + "/schools").with(user(s.school().contact().principal())))
			.andExpect(status().isForbidden());
	}

	@Test
	void whenConsentIsWithdrawnThePupilLeavesTheListAndTheSchoolIsToldOnceWithoutAName() throws Exception {
		var s = setting("Withdrawn");
		var consent = fixtures.consent(s.supportWorker(), s.family(), Set.of(s.school().id()));
		var contact = s.school().contact();
		mvc.perform(post("/families/" + s.family().id() + "/schools").param("child", s.family().child().toString())
			.with(user(s.supportWorker()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		await().atMost(ARRIVES).until(() -> to(contact.email()).size() == 1);

		mvc.perform(post("/families/" + s.family().id() + "/consent/" + consent + "/withdraw")
			.param("note", "Withdrawn by phone")
			.with(user(s.supportWorker()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/schools/pupils").with(user(contact.principal())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Jayden"))));

		await().atMost(ARRIVES).until(() -> to(contact.email()).size() == 2);
		var left = to(contact.email()).get(1);
		assertThat(left.getSubject()).isEqualTo("Family Matters: a pupil has left your list of pupils affected");
		assertThat(GreenMailUtil.getBody(left)).contains("A pupil has left your list of pupils affected")
			.doesNotContain("Jayden")
			.doesNotContain(s.family().surname())
			.doesNotContain(s.family().reference())
			.doesNotContain("withdr");
		await().atMost(ARRIVES).until(() -> fixtures.notifications(s.family().child()).equals(List.of("ended told")));

		// The job finds nothing more to end, and nothing is sent twice.
		assertThat(leaving.endUncovered(s.family().id())).isEmpty();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> fixtures.mailed(s.family().child(), "left") == 1);
		assertThat(to(contact.email())).hasSize(2);
		assertThat(fixtures.auditFor(s.family().id(), "SCHOOL_NOTIFICATION_ENDED")).hasSize(1);
	}

	record Setting(StaffPrincipal supportWorker, String keyWorkerEmail, SchoolFixtures.School school,
			SchoolFixtures.School otherSchool, SchoolFixtures.TestFamily family) {
	}

}
