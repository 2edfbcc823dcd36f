package org.familymatters.network;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestMailServer;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Messages to a network's members: a message that names a person on record is shown again
 * to edit or confirm (the check audited without the text); a message is e-mailed through
 * a real SMTP server (GreenMail) to every other member, with Reply-To the sender, and
 * carries a family only as a link; someone who is not a member may neither read nor write
 * them.
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
class NetworkMessagesTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	MockMvc mvc;

	@Autowired
	NetworkFixtures networks;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

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

	private long messages(UUID network) {
		return jdbc.sql("select count(*) from network_message where network_id = :id")
			.param("id", network)
			.query(Long.class)
			.single();
	}

	@Test
	void aMessageNamingSomeoneOnRecordIsShownAgainAndAMessageIsMailedToTheOthersWithReplyToTheSender()
			throws Exception {
		var network = networks.network();
		var member = networks.person(OrganisationType.PROBATION, Role.AGENCY_PRACTITIONER);
		mvc.perform(post("/networks/" + network.id() + "/members/new").with(csrf())
			.with(NetworkFixtures.as(network.coordinator()))
			.param("userId", member.id().toString())).andExpect(redirectedUrl("/networks/" + network.id()));
		var family = networks.family(network.localityId());
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", family.familyId())
			.query(String.class)
			.single();
		var coordinator = NetworkFixtures.as(network.coordinator());

		var named = "Can we talk about " + family.given() + " " + family.family() + " at the meeting?";
		var page = mvc
			.perform(post("/networks/" + network.id() + "/messages/new").with(csrf())
				.with(coordinator)
				.param("subject", "Next meeting")
				.param("body", named))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The message may name someone in a family on record")
			.contains(family.given() + " " + family.family())
			.contains("I confirm this message names no family member");
		assertThat(messages(network.id())).isZero();
		assertThat(jdbc.sql("""
				select detail from audit_event where record_type = 'network' and record_id = :id
				  and action = 'NETWORK_MESSAGE_CHECKED'
				""").param("id", network.id().toString()).query(String.class).list())
			.containsExactly("1 word that is a name of people on record");

		var link = "http://localhost/families/" + family.familyId();
		mvc.perform(post("/networks/" + network.id() + "/messages/new").with(csrf())
			.with(coordinator)
			.param("subject", "Before the meeting")
			.param("body", "Please read " + link + " before Tuesday."))
			.andExpect(redirectedUrl("/networks/" + network.id() + "/messages"));
		await().atMost(Duration.ofSeconds(20)).until(() -> to(member.email()).size() == 1);
		var sent = to(member.email()).get(0);
		assertThat(sent.getReplyTo()).extracting(Address::toString).containsExactly(network.coordinatorEmail());
		assertThat(sent.getFrom()).extracting(Address::toString).doesNotContain(network.coordinatorEmail());
		assertThat(sent.getSubject()).isEqualTo(network.name() + ": Before the meeting");
		assertThat(GreenMailUtil.getBody(sent)).contains("/families/" + family.familyId())
			.contains("/networks/" + network.id() + "/messages")
			.doesNotContain(family.family())
			.doesNotContain(reference);
		assertThat(to(network.coordinatorEmail())).as("the sender is not e-mailed their own message").isEmpty();

		mvc.perform(post("/networks/" + network.id() + "/messages/new").with(csrf())
			.with(coordinator)
			.param("subject", "Next meeting")
			.param("body", named)
			.param("confirmNoNames", "yes")).andExpect(redirectedUrl("/networks/" + network.id() + "/messages"));
		assertThat(jdbc.sql("select confirmed from network_message where network_id = :id order by sent_at")
			.param("id", network.id())
			.query(Boolean.class)
			.list()).containsExactly(false, true);
		assertThat(
				mvc.perform(get("/networks/" + network.id() + "/messages").with(NetworkFixtures.as(member.principal())))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString())
			.contains("Before the meeting")
			.contains("Next meeting");
		await().atMost(Duration.ofSeconds(20)).until(() -> to(member.email()).size() == 2);
	}

	@Test
	void someoneWhoIsNotAMemberMayNeitherReadNorWriteMessages() throws Exception {
		var network = networks.network();
		var outsider = users.as(Role.SAFEGUARDING_LEAD);
		mvc.perform(get("/networks/" + network.id() + "/messages").with(outsider)).andExpect(status().isForbidden());
		mvc.perform(get("/networks/" + network.id() + "/messages/new").with(outsider))
			.andExpect(status().isForbidden());
		mvc.perform(post("/networks/" + network.id() + "/messages/new").with(csrf())
			.with(outsider)
			.param("subject", "Hello")
			.param("body", "Let me in")).andExpect(status().isForbidden());
		assertThat(messages(network.id())).isZero();
	}

}
