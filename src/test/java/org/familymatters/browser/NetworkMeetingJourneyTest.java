package org.familymatters.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.network.AgendaFixtures;
import org.familymatters.network.internal.MeetingTimes;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestMailServer;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's "done when", from each member's home page by links and buttons: a network
 * meets; the school raises a family that has given no consent, which every member not
 * covered sees as "Family A"; the coordinator raises a family whose consent covers the
 * school and probation, discussed by name; the meeting happens, the coordinator minutes
 * it and agrees an action that goes straight into the family's plan for the school; each
 * member's copy of the minutes differs as the rules say; the coordinator tells the
 * child's school, whose designated contact finds the pupil under "Pupils affected", and
 * only that pupil. On a phone, with the accessibility check on every page.
 */
@ResourceLock(TestMailServer.LOCK)
class NetworkMeetingJourneyTest extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	AgendaFixtures networks;

	@Autowired
	PlanFixtures plans;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aNetworkMeetingRaisesFamiliesAgreesAnActionAndTheSchoolIsToldWithConsent(int width) throws Exception {
		var locality = plans.locality("Network journey");
		var familyMatters = plans.organisation("Network Journey Family Support", OrganisationType.VOLUNTARY,
				locality.id());
		var school = plans.organisation("Network Journey Primary School", OrganisationType.SCHOOL, locality.id());
		var probation = plans.organisation("Network Journey Probation", OrganisationType.PROBATION, locality.id());
		var coordinator = person(familyMatters.id(), Role.SUPPORT_WORKER);
		var teacher = person(school.id(), Role.AGENCY_PRACTITIONER);
		var officer = person(probation.id(), Role.AGENCY_PRACTITIONER);
		var teacherEmail = plans.email(teacher.principal);
		jdbc.sql("insert into school_contact (school_id, user_id, set_by) values (:school, :user, :user)")
			.param("school", school.id())
			.param("user", teacher.principal.id())
			.update();
		var network = PlanFixtures.unique("Journey network");
		var networkId = UUID.randomUUID();
		jdbc.sql("""
				insert into network (id, name, locality_id, coordinator_user_id, created_by)
				values (:id, :name, :locality, :coordinator, :coordinator)
				""")
			.param("id", networkId)
			.param("name", network)
			.param("locality", locality.id())
			.param("coordinator", coordinator.principal.id())
			.update();
		for (var member : new Person[] { coordinator, teacher, officer }) {
			networks.member(networkId, member.principal);
		}
		var meeting = networks.meeting(networkId, Instant.now().plus(Duration.ofDays(7)), coordinator.principal);
		// Both families' children go to the school; only the first family's consent
		// covers it (and probation). The coordinator is the first family's key worker.
		var consenting = networks.family(locality.id(), school.id(), coordinator.principal);
		var withoutConsent = networks.family(locality.id(), school.id(), coordinator.principal);
		networks.consent(coordinator.principal, consenting, Set.of(school.id(), probation.id()));
		jdbc.sql("update family set key_worker_id = :worker where id = :id")
			.param("worker", coordinator.principal.id())
			.param("id", consenting.id())
			.update();
		var consentingNames = "Kerry " + consenting.surname();
		var pupil = "Jayden " + consenting.surname();
		var otherPupil = "Jayden " + withoutConsent.surname();
		driver.manage().window().setSize(new Dimension(width, 900));

		// The school raises a family it is worried about, which has given no consent:
		// the teacher sees it only as "Family A".
		signInFromTheStart(teacher.username, teacher.password);
		followIn("Your next meetings", network + ":");
		followHeard("The agenda of this meeting");
		follow("Raise a family for discussion");
		type("reference", withoutConsent.reference());
		type("summary", "A pupil's attendance has dropped since a parent was sentenced; the school would like help");
		press("Add to the agenda");
		assertThat(text()).contains("Family A").doesNotContain(withoutConsent.surname());
		assertFitsTheWindow();
		signOut();

		// The coordinator raises the family whose consent covers the members, named on
		// the agenda, and is told who sees the other family only by its letter.
		signIn(coordinator.username, coordinator.password);
		followIn("Your next meetings", network + ":");
		followHeard("The agenda of this meeting");
		follow("Raise a family for discussion");
		type("reference", consenting.reference());
		type("summary", "Agree how the school and probation support the family while the father is in custody");
		press("Add to the agenda");
		assertThat(text()).contains("Family B")
			.contains(consentingNames)
			.contains("Shown as Family A to members from")
			.contains("Seek the family’s consent");
		screenshot("network-agenda-" + width);
		assertFitsTheWindow();

		// The meeting takes place; the coordinator minutes it and agrees an action for
		// the named family, which goes into its plan for the school.
		networks.started(meeting);
		var day = MeetingTimes.day(jdbc.sql("select starts_at from network_meeting where id = :id")
			.param("id", meeting)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant());
		driver.navigate().refresh();
		checkPage();
		follow("Write the minutes and agree actions");
		followHeard("Write the minute of Family B");
		type("text",
				"The school and probation agreed to keep in touch weekly; " + consentingNames + " is glad of the help");
		press("Save the minute");
		followHeard("Agree an action for Family B");
		selectContaining("goalId", "Goes to school every day");
		type("description", "Check in with the pupil each week and tell the key worker of any concern");
		select("ownerOrganisationId", school.name());
		var due = LocalDate.now(ServiceTime.ZONE).plusWeeks(3);
		type("dueOn", String.valueOf(due.getDayOfMonth()));
		type("dueOn-month", String.valueOf(due.getMonthValue()));
		type("dueOn-year", String.valueOf(due.getYear()));
		press("Agree the action");
		followHeard("Write the minute of Family A");
		type("text", "Discussed the pupil's attendance; the coordinator will ask the family for consent");
		press("Save the minute");
		press("Publish the minutes");
		assertThat(text()).contains("Version 1");
		signOut();

		// Probation, covered by consent: the named family with its minute; the other
		// only as Family A, discussed.
		signIn(officer.username, officer.password);
		follow("Networks");
		follow(network);
		follow("The network’s meetings");
		followInRow(day, day);
		followHeard("The minutes of this meeting");
		assertThat(text()).contains(consentingNames)
			.contains("keep in touch weekly")
			.contains("Check in with the pupil each week")
			.contains("Family A")
			.doesNotContain(withoutConsent.surname())
			.doesNotContain("the coordinator will ask the family for consent");
		screenshot("network-minutes-probation-" + width);
		signOut();

		// The school: only its own pupil by name, no minute text; the action agreed for
		// it is on its home page.
		signIn(teacher.username, teacher.password);
		assertThat(text()).contains("Check in with the pupil each week");
		follow("Networks");
		follow(network);
		follow("The network’s meetings");
		followInRow(day, day);
		followHeard("The minutes of this meeting");
		assertThat(text()).contains(pupil)
			.doesNotContain(consentingNames)
			.doesNotContain("keep in touch weekly")
			.doesNotContain(withoutConsent.surname())
			.contains("Family A");
		signOut();

		// The coordinator tells the child's school, with the family's consent.
		signIn(coordinator.username, coordinator.password);
		followIn("Your families", consenting.reference());
		follow("Tell a child’s school");
		chooseLabelled(pupil);
		press("Tell the school");
		assertThat(text()).contains(school.name());
		signOut();

		// The school's designated contact is e-mailed (no personal data), and finds the
		// pupil under "Pupils affected": only that pupil.
		var told = new MimeMessage[1];
		waitUntil(() -> {
			told[0] = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().equals(teacherEmail)
							&& m.getSubject().contains("added to your list of pupils affected");
				}
				catch (Exception ex) {
					return false;
				}
			}).findFirst().orElse(null);
			return told[0] != null;
		}, "the school's e-mail");
		assertThat(GreenMailUtil.getBody(told[0])).contains("/schools/pupils")
			.doesNotContain(consenting.surname())
			.doesNotContain(consenting.reference());
		signIn(teacher.username, teacher.password);
		follow("See pupils affected");
		assertThat(text()).contains(pupil).contains("A parent or carer is in custody").doesNotContain(otherPupil);
		assertFitsTheWindow();
		screenshot("pupils-affected-" + width);
		signOut();

		// Every family step is in the audit trail with its basis.
		var trail = jdbc.sql("""
				select action || ' ' || basis || ' ' || outcome from audit_event
				where record_type = 'family' and record_id = :family
				""").param("family", consenting.id().toString()).query(String.class).list();
		assertThat(trail).contains("ACTION_ADDED ROLE ALLOWED", "SCHOOL_NOTIFIED ROLE ALLOWED");
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(30);
	}

	/**
	 * Follows a link by all its words, those a screen reader hears as well as those shown
	 * ("Write the minute" of which item).
	 */
	private void followHeard(String words) {
		click(driver.findElement(By.xpath("//main//a[normalize-space()=" + literal(words) + "]")));
	}

	/** Chooses the option of a select whose text contains these words. */
	private void selectContaining(String id, String words) {
		var select = new Select(driver.findElement(By.id(id)));
		var option = select.getOptions()
			.stream()
			.filter(o -> o.getText().contains(words))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no option with \"" + words + "\" in " + id));
		select.selectByVisibleText(option.getText());
	}

	private Person person(UUID organisation, Role role) {
		var created = users.create(organisation, role);
		users.passwordChosen(created.account().id());
		var principal = users.principal(created.account().username());
		return new Person(created.account().username(), created.oneTimePassword(), principal);
	}

	private record Person(String username, String password, org.familymatters.identity.StaffPrincipal principal) {
	}

}
