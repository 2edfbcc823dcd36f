package org.familymatters.training;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestMailServer;
import org.familymatters.training.internal.AttendanceMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Marking someone as attended e-mails them, once, through a real SMTP server (GreenMail),
 * a link with a new secret to give feedback: the link opens the form, and the event
 * delivered again, or the mark taken back and made again, sends nothing more.
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
class FeedbackMailTest {

	private static final Pattern LINK = Pattern.compile("/training/feedback/([A-Za-z0-9_-]{43})");

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	MockMvc mvc;

	@Autowired
	TrainingFixtures training;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theAttendeeIsMailedAFeedbackLinkOnce() throws Exception {
		var trainer = training.trainer();
		var course = training.course("WORKSHOP", trainer);
		var session = training.session(course, LocalDate.now(ServiceTime.ZONE), 10, null, trainer);
		var booking = training.booking(session, "BOOKED", "PROBATION_OFFICER", "STATUTORY", "FRONT_LINE",
				"Test probation office");
		var door = "/training/manage/sessions/" + session + "/attendance";

		mvc.perform(post(door).param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(20)).until(() -> to(booking.email()).size() == 1);
		var message = to(booking.email()).get(0);
		var text = GreenMailUtil.getBody(message).replaceAll("=\r?\n", "");
		assertThat(message.getSubject()).isEqualTo("Family Matters: your feedback on " + training.title(course));
		var link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		mvc.perform(get("/training/feedback/" + link.group(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your feedback on the session")));

		// Delivered again, or marked again after an undo: nothing more is sent.
		transaction.executeWithoutResult(status -> events.publishEvent(new AttendanceMarked(booking.id())));
		mvc.perform(post(door + "/undo").param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(door).param("booking", booking.id().toString()).with(user(trainer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> to(booking.email()).size() == 1);
		assertThat(training.auditFor(booking.id(), "FEEDBACK_MAILED")).singleElement()
			.asString()
			.contains("ALLOWED SYSTEM");
		// The link still opens the form: the secret was not replaced.
		mvc.perform(get("/training/feedback/" + link.group(1))).andExpect(status().isOk());
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
