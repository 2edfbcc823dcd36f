package org.familymatters.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.familymatters.family.FamilyIntake;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's "done when", from each person's home page by links and buttons: a support
 * worker assesses a family and agrees a plan with a school action and a housing action;
 * the school's practitioner is e-mailed, signs in, finds the action on their home page,
 * sees only that action and the child's minimal record, and marks it done; the support
 * worker sees it done, records a review and a second assessment, reads the distance
 * travelled, and closes the plan with a closing assessment; the manager's outcomes report
 * counts the family; every step is in the audit trail with its basis. On a phone, with
 * the accessibility check on every page.
 */
@ResourceLock(TestMailServer.LOCK)
class SupportPlanJourneyTest extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	PlanFixtures fixtures;

	@Autowired
	TestUsers users;

	@Autowired
	FamilyIntake intake;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aSupportWorkerAgreesAPlanThatASchoolActsOnAndTheReviewShowsTheChange(int width) throws Exception {
		var locality = fixtures.locality("Plan journey");
		var school = fixtures.organisation("Plan Journey Primary School", OrganisationType.SCHOOL, locality.id());
		var housing = fixtures.organisation("Plan Journey Homes", OrganisationType.HOUSING, locality.id());
		var familyMatters = jdbc.sql("select id from organisation where lower(name) = 'family matters'")
			.query(UUID.class)
			.single();
		var keyWorker = users.create(familyMatters, Role.SUPPORT_WORKER);
		users.passwordChosen(keyWorker.account().id());
		var teacher = users.create(school.id(), Role.AGENCY_PRACTITIONER);
		users.passwordChosen(teacher.account().id());
		var teacherEmail = fixtures.email(users.principal(teacher.account().username()));
		var familyName = PlanFixtures.unique("Planwell").replace(" ", "");
		var family = aFamily(locality.id(), keyWorker.account().id(), school.id(), familyName);
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", family)
			.query(String.class)
			.single();
		var today = LocalDate.now(ServiceTime.ZONE);
		driver.manage().window().setSize(new Dimension(width, 900));

		// The key worker opens the family from their home page and assesses its needs.
		signInFromTheStart(keyWorker.account().username(), keyWorker.oneTimePassword());
		followIn("Your families", reference);
		follow("Support plan");
		assertThat(text()).contains("This family has no support plan yet");
		follow("record the first needs assessment");
		assertThat(heading()).isEqualTo("Record a needs assessment");
		dated("assessedOn", today);
		score(1, 2); // housing: struggling
		type("areas-1-note", "Rent arrears since the arrest; a notice to quit");
		type("areas-1-familyView", "We are scared of losing the flat");
		score(7, 2); // education: struggling
		type("areas-7-note", "Ash has missed 12 days this term");
		score(8, 3); // contact with the person in custody
		press("Record the assessment");
		assertThat(text()).contains("Rent arrears since the arrest");
		follow("Back to the assessments");
		follow("Back to the support plan");
		press("Start the support plan");
		assertThat(text()).contains("Started");

		// Goals and actions: the school's, about the child, and the housing team's.
		pressLink("Add a goal");
		select("needAreaId", "Education and school attendance");
		type("text", "Ash goes to school every day");
		press("Add the goal");
		addAnActionFor("Ash goes to school every day");
		type("description", "Meet Ash each morning and tell the key worker about any absence");
		select("aboutPersonId", "Ash " + familyName);
		select("ownerOrganisationId", school.name());
		dated("dueOn", today.plusWeeks(4));
		press("Add the action");
		pressLink("Add a goal");
		select("needAreaId", "Housing");
		type("text", "The family keeps its home");
		press("Add the goal");
		addAnActionFor("The family keeps its home");
		type("description", "Agree a plan to pay the rent arrears");
		select("ownerOrganisationId", housing.name());
		dated("dueOn", today.plusWeeks(6));
		press("Add the action");
		assertThat(text()).contains("Meet Ash each morning").contains(school.name()).contains(housing.name());
		assertFitsTheWindow();
		screenshot("plan-" + width);
		signOut();

		// The school's practitioner is e-mailed (no personal data), signs in and finds
		// the
		// action on their home page.
		assertThat(mail.waitForIncomingEmail(20_000, 1)).as("the school is e-mailed").isTrue();
		var message = List.of(mail.getReceivedMessagesForDomain(teacherEmail.substring(teacherEmail.indexOf('@') + 1)))
			.stream()
			.filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().equals(teacherEmail);
				}
				catch (Exception ex) {
					return false;
				}
			})
			.findFirst()
			.orElseThrow();
		var body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
		assertThat(body).contains("/actions/").doesNotContain(familyName).doesNotContain(reference);
		signIn(teacher.account().username(), teacher.oneTimePassword());
		followIn("Your actions", "Meet Ash each morning and tell the key worker about any absence");
		assertThat(text()).contains(reference)
			.contains("Ash " + familyName)
			.contains("Year 3")
			.doesNotContain("Lee " + familyName)
			.doesNotContain("Agree a plan to pay the rent arrears")
			.doesNotContain("Rent arrears since the arrest");
		assertFitsTheWindow();
		screenshot("action-" + width);
		chooseLabelled("Done");
		type("note", "Ash has been in every day for two weeks");
		press("Save");
		assertThat(text()).doesNotContain("Meet Ash each morning");
		follow("Family Matters");
		signOut();

		// The key worker sees it done, records the review and a second assessment.
		signIn(keyWorker.account().username(), keyWorker.oneTimePassword());
		followIn("Your families", reference);
		follow("Support plan");
		assertThat(text()).contains("Done");
		pressLink("Record a review");
		dated("reviewedOn", today);
		type("attended", "Lee, the key worker, Ash's class teacher");
		type("whatChanged", "Ash now goes to school every day; the school's action is done");
		dated("nextReviewOn", today.plusMonths(3));
		press("Record the review");
		assertThat(text()).contains("Ash now goes to school every day");
		follow("Record a needs assessment");
		dated("assessedOn", today);
		score(1, 3);
		score(7, 4);
		score(8, 3);
		press("Record the assessment");
		follow("Back to the assessments");
		follow("Back to the support plan");
		follow("Distance travelled");
		assertThat(text()).contains("Education and school attendance").contains("Housing");
		assertFitsTheWindow();
		screenshot("distance-travelled-" + width);
		follow("Back to the support plan");

		// Closing: a reason and a closing assessment.
		pressLink("Close the plan");
		type("reason", "The family's goals were met");
		dated("assessedOn", today);
		score(1, 4);
		score(7, 5);
		score(8, 4);
		press("Close the plan");
		assertThat(text()).contains("This plan is closed");
		signOut();

		// The manager's outcomes report counts the family once its plan is closed: its
		// locality's one plan, shown as fewer than 5.
		signIn("demo-manager", TestUsers.DEMO_PASSWORD);
		follow("Outcomes by need area, locality and headline outcome");
		select("locality", locality.name());
		press("Show outcomes");
		assertThat(driver.findElement(By.id("headline")).getText()).startsWith(
				"fewer than 5 family plans closed; fewer than 5 families assessed at the start and at the close");
		assertFitsTheWindow();
		screenshot("outcomes-" + width);
		signOut();

		// Every step is in the audit trail with its basis: the school's by ACTION.
		var trail = jdbc.sql("""
				select action || ' ' || basis || ' ' || outcome from audit_event
				where record_type = 'family' and record_id = :family
				""").param("family", family.toString()).query(String.class).list();
		assertThat(trail).contains("ASSESSMENT_RECORDED ROLE ALLOWED", "PLAN_STARTED ROLE ALLOWED",
				"GOAL_ADDED ROLE ALLOWED", "ACTION_ADDED ROLE ALLOWED", "ACTION_VIEWED ACTION ALLOWED",
				"ACTION_STATUS_CHANGED ACTION ALLOWED", "REVIEW_RECORDED ROLE ALLOWED", "PLAN_CLOSED ROLE ALLOWED");
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(25);
	}

	/**
	 * Ticks the score of the need area at this position (0 first) on the scale 1 to 5.
	 */
	private void score(int area, int points) {
		var id = "areas-" + area + "-score";
		choose((points == 1) ? id : id + "-" + (points - 1));
	}

	private void dated(String field, LocalDate day) {
		type(field, String.valueOf(day.getDayOfMonth()));
		type(field + "-month", String.valueOf(day.getMonthValue()));
		type(field + "-year", String.valueOf(day.getYear()));
	}

	/** Follows a goal's "Add an action" link, which names the goal to screen readers. */
	private void addAnActionFor(String goal) {
		click(driver.findElement(By.xpath(
				"//main//a[starts-with(normalize-space(), 'Add an action') and contains(., " + literal(goal) + ")]")));
	}

	/** Follows a link styled as a button. */
	private void pressLink(String text) {
		click(driver.findElement(By.xpath("//main//a[normalize-space()='" + text + "']")));
	}

	private UUID aFamily(UUID locality, UUID keyWorker, UUID school, String familyName) {
		var worker = users.principal(jdbc.sql("select username from user_account where id = :id")
			.param("id", keyWorker)
			.query(String.class)
			.single());
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(worker, null, worker.getAuthorities()));
		try {
			return intake.newFamily(locality,
					List.of(new NewPerson("Lee", familyName, null, LocalDate.of(1989, 2, 3), null, null, "mother",
							FamilyRole.PARENT_OR_CARER, null, null),
							new NewPerson("Ash", familyName, null, LocalDate.of(2017, 5, 6), null, null, "son",
									FamilyRole.CHILD, school, "Year 3")),
					keyWorker);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
