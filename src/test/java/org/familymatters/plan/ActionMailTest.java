package org.familymatters.plan;

import java.time.Duration;
import java.time.Instant;
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
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.internal.OverdueActions;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestClock;
import org.familymatters.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Owners are e-mailed, through a real SMTP server (GreenMail), when an action is given to
 * them and when it becomes overdue: the person it names, or else the organisation's
 * practitioners, leads and support workers; each once, however often the event is
 * delivered or the job runs; with no personal data, and a link to the action. Isolated:
 * the overdue case sets the clock.
 */
@IntegrationTest
@ResourceLock(TestMailServer.LOCK)
@Isolated
class ActionMailTest {

	static final Duration ARRIVES = Duration.ofSeconds(20);

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	PlanFixtures plans;

	@Autowired
	OverdueActions overdue;

	@Autowired
	TestClock clock;

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

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long mailed(UUID action, String kind) {
		return jdbc.sql("select count(*) from plan_action_mail where action_id = :id and kind = :kind")
			.param("id", action)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	private Organisation organisation() {
		var locality = plans.locality("Action mail").id();
		var familyMatters = plans.organisation("Family Matters action mail", OrganisationType.VOLUNTARY, locality).id();
		var school = plans.organisation("School action mail", OrganisationType.SCHOOL, locality).id();
		var practitioner = plans.user(school, Role.AGENCY_PRACTITIONER);
		var lead = plans.user(school, Role.SAFEGUARDING_LEAD);
		var volunteer = plans.user(school, Role.VOLUNTEER);
		return new Organisation(school, locality, plans.user(familyMatters, Role.SUPPORT_WORKER), practitioner,
				plans.email(practitioner), lead, plans.email(lead), plans.email(volunteer));
	}

	@Test
	void anActionGivenToAnOrganisationIsMailedOnceToEachOfItsPractitionersWithoutPersonalData() {
		var school = organisation();
		var family = plans.family(school.locality(), school.supportWorker());
		var due = PlanFixtures.today().plusDays(10);
		var action = plans.action(family, school.id(), null, due);
		plans.assigned(action);
		await().atMost(ARRIVES)
			.until(() -> to(school.practitionerEmail()).size() == 1 && to(school.leadEmail()).size() == 1);
		// Delivered again: nothing more is sent.
		plans.assigned(action);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> mailed(action, "assigned") == 2);
		assertThat(to(school.practitionerEmail())).hasSize(1);
		assertThat(to(school.leadEmail())).hasSize(1);
		assertThat(to(school.volunteerEmail())).isEmpty();
		// Each recipient's e-mail is its own message, named by what it is about, so that
		// a
		// copy sent again after a crash is known as the same (ADR 0020).
		assertThat(messageId(to(school.practitionerEmail()).get(0))).startsWith("<plan-action-assigned-" + action + "-")
			.endsWith("@family-matters.invalid>")
			.isNotEqualTo(messageId(to(school.leadEmail()).get(0)));
		var text = GreenMailUtil.getBody(to(school.practitionerEmail()).get(0));
		assertThat(text).contains("An action of a support plan has been given to your organisation")
			.contains("due " + AgencyDates.day(due))
			.contains("/actions/" + action)
			.doesNotContain(family.reference())
			.doesNotContain("Jayden")
			.doesNotContain("Kerry");
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'ACTION_ASSIGNED_MAILED' and record_id = :family
				  and basis = 'SYSTEM' and basis_reference = :action
				""")
			.param("family", family.id().toString())
			.param("action", action.toString())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anActionNamingAPersonIsMailedToThemAloneAndAgainToTheNewOwnerWhenReassigned() {
		var school = organisation();
		var family = plans.family(school.locality(), school.supportWorker());
		var action = plans.action(family, school.id(), school.practitioner().id(), PlanFixtures.today().plusDays(10));
		plans.assigned(action);
		await().atMost(ARRIVES).until(() -> to(school.practitionerEmail()).size() == 1);
		plans.reassign(action, school.id(), school.lead().id());
		plans.assigned(action);
		await().atMost(ARRIVES).until(() -> to(school.leadEmail()).size() == 1);
		assertThat(GreenMailUtil.getBody(to(school.leadEmail()).get(0))).contains("given to you");
		assertThat(to(school.practitionerEmail())).hasSize(1);
	}

	@Test
	void anOverdueActionIsFoundByTheClockAndMailedOnce() {
		var school = organisation();
		var family = plans.family(school.locality(), school.supportWorker());
		var due = PlanFixtures.today().plusDays(3);
		var action = plans.action(family, school.id(), school.practitioner().id(), due);
		var done = plans.action(family, school.id(), school.practitioner().id(), due);
		plans.status(done, "done");
		try {
			clock.set(Instant.now().plus(Duration.ofDays(3)));
			assertThat(overdue.markOverdue()).as("not overdue on its due date")
				.noneMatch(o -> o.actionId().equals(action));
			clock.set(Instant.now().plus(Duration.ofDays(4)));
			assertThat(overdue.markOverdue()).anyMatch(o -> o.actionId().equals(action))
				.noneMatch(o -> o.actionId().equals(done));
			assertThat(overdue.markOverdue()).as("marked: not found again").noneMatch(o -> o.actionId().equals(action));
		}
		finally {
			clock.reset();
		}
		await().atMost(ARRIVES).until(() -> to(school.practitionerEmail()).size() == 1);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> mailed(action, "overdue") == 1);
		assertThat(GreenMailUtil.getBody(to(school.practitionerEmail()).get(0)))
			.contains("was due on " + AgencyDates.day(due))
			.contains("/actions/" + action)
			.doesNotContain(family.reference());
		assertThat(to(school.leadEmail())).isEmpty();
		assertThat(jdbc.sql("select overdue_notified_on is not null from plan_action where id = :id")
			.param("id", action)
			.query(Boolean.class)
			.single()).isTrue();
	}

	/** Days as the e-mails write them. */
	static final class AgencyDates {

		private AgencyDates() {
		}

		static String day(java.time.LocalDate day) {
			return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(day);
		}

	}

	record Organisation(UUID id, UUID locality, StaffPrincipal supportWorker, StaffPrincipal practitioner,
			String practitionerEmail, StaffPrincipal lead, String leadEmail, String volunteerEmail) {
	}

}
