package org.familymatters.network;

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
import org.familymatters.network.internal.MinutesPublished;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing minutes e-mails every member once per version, through a real SMTP server
 * (GreenMail), with a link to their own copy and no personal data of any family.
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
class MinutesMailTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	MockMvc mvc;

	@Autowired
	AgendaFixtures networks;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void everyMemberIsMailedOncePerVersionWithoutPersonalData() throws Exception {
		var network = networks.network();
		var coordinator = network.coordinator();
		var family = networks.family(network.locality(), network.school(), coordinator);
		networks.consent(coordinator, family, Set.of(network.probation()));
		var meeting = networks.nextMeeting(network);
		var base = "/networks/" + network.id() + "/meetings/" + meeting;
		mvc.perform(post(base + "/agenda/raise").param("reference", family.reference())
			.param("summary", "Help with prison visits")
			.with(user(network.probationMember()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		networks.started(meeting);
		var item = jdbc.sql("select id from network_agenda_item where meeting_id = :m")
			.param("m", meeting)
			.query(UUID.class)
			.single();
		mvc.perform(post(base + "/minutes/items/" + item).param("text", "Visits agreed with the prison")
			.param("number", "1")
			.with(user(coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var probation = plans.email(network.probationMember());
		var school = plans.email(network.schoolMember());
		var housing = plans.email(network.housingMember());

		mvc.perform(post(base + "/minutes/publish").param("number", "1").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> to(probation).size() == 1 && to(school).size() == 1 && to(housing).size() == 1);
		// Delivered again: nothing more is sent.
		transaction.executeWithoutResult(status -> events.publishEvent(new MinutesPublished(meeting, 1)));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> to(probation).size() == 1);

		for (var address : List.of(probation, school, housing)) {
			var text = GreenMailUtil.getBody(to(address).get(0)) + to(address).get(0).getSubject();
			assertThat(text).contains("have been published")
				.contains(base + "/minutes")
				.doesNotContain(family.reference())
				.doesNotContain(family.surname())
				.doesNotContain("Kerry")
				.doesNotContain("Jayden")
				.doesNotContain("Help with prison visits")
				.doesNotContain("Visits agreed with the prison");
		}
		assertThat(jdbc.sql("""
				select count(*) from network_meeting_mail where meeting_id = :m and kind = 'minutes' and number = 1
				""").param("m", meeting).query(Long.class).single()).isEqualTo(3);
	}

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

}
