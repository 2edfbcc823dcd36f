package org.familymatters.browser;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import org.familymatters.courtdesk.RotaTestData;
import org.familymatters.courtdesk.internal.CourtVolunteers;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestMailServer;
import org.familymatters.support.TestUsers;
import org.familymatters.training.TrainingFixtures;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's "done when", each person starting where they start and going on by the links
 * and buttons they see (and the links in the e-mails they are sent), on a phone, with the
 * accessibility check on every page: a trainer adds a workshop and its session in Banbury
 * with two places; a head teacher books a workshop in Banbury from the public page
 * without an account and is sent the joining instructions with a calendar invitation; a
 * colleague takes the last place; a probation officer finds it full and joins the waiting
 * list; the colleague cancels from the link in their e-mail and the probation officer is
 * given the place; on the day the trainer marks both at the door; both give feedback and
 * can download a certificate; the trainer's reach report for Banbury shows one head
 * teacher and one probation officer trained, with their change in confidence; and a
 * volunteer whose background check has expired is told they cannot take a court desk
 * shift.
 */
@ResourceLock(TestMailServer.LOCK)
class TrainingJourneyTest extends BrowserTest {

	@RegisterExtension
	static GreenMailExtension mail = TestMailServer.extension();

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Courts courts;

	@Autowired
	CourtVolunteers volunteers;

	@Autowired
	RotaTestData rota;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aHeadTeacherAndAProbationOfficerAreTrainedInBanburyAndCounted(int width) throws Exception {
		var trainerUser = users.create(Role.TRAINING_COORDINATOR);
		users.passwordChosen(trainerUser.account().id());
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var title = "Prisoners' families in Banbury " + suffix;
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(10);
		var headTeacherEmail = "head-" + suffix + "@school.example.org";
		var colleagueEmail = "colleague-" + suffix + "@school.example.org";
		var officerEmail = "officer-" + suffix + "@probation.example.org";

		// The trainer adds the workshop and a session of it in Banbury, with two places.
		driver.manage().window().setSize(new Dimension(width, 900));
		signInFromTheStart(trainerUser.account().username(), trainerUser.oneTimePassword());
		follow("Manage courses and sessions");
		follow("Add a course");
		chooseLabelled("Workshop");
		type("title", title);
		type("audience", "Head teachers, SENCOs, probation officers and everyone who works with children");
		type("outcomes", "The key facts about prisoners' children\nWhere a family finds support");
		press("Add the course");
		assertThat(heading()).isEqualTo(title);
		follow("Add a session");
		type("date", String.valueOf(day.getDayOfMonth()));
		type("date-month", String.valueOf(day.getMonthValue()));
		type("date-year", String.valueOf(day.getYear()));
		type("startsAt", "10:00");
		type("endsAt", "13:00");
		type("venue", "Town hall, room 2");
		type("address", "1 Market Place, Banbury");
		type("capacity", "2");
		select("localityId", "Banbury (Oxfordshire)");
		chooseLabelled(trainerUser.account().displayName());
		press("Add the session");
		assertThat(text()).contains("0 of 2 booked");
		assertFitsTheWindow();
		screenshot("training-session-added-" + width);
		var session = UUID.fromString(driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1));
		var trainerBrowser = driver;

		// A head teacher finds the workshop on the public page and books a place.
		driver = newBrowser();
		driver.manage().window().setSize(new Dimension(width, 900));
		journeyFrom("/");
		book(title, "Alex Head " + suffix, headTeacherEmail, "Banbury primary school " + suffix, "Head teacher",
				"Senior manager", "Book a place");
		assertThat(heading()).isEqualTo("Thank you for booking");
		assertFitsTheWindow();
		screenshot("training-booked-" + width);
		var headTeacher = driver;

		// The joining instructions, with a calendar invitation for the session's time.
		var confirmation = message(headTeacherEmail, "your place on");
		assertThat(text(confirmation)).contains(title).contains("Town hall, room 2").contains("/training/bookings/");
		var calendar = new CalendarBuilder().build(new StringReader(part(confirmation, "text/calendar")));
		assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
		assertThat(calendar.getComponents("VEVENT")).hasSize(1);
		assertThat(calendar.getComponents("VEVENT").get(0).getProperty(Property.DTSTART).orElseThrow().getValue())
			.startsWith(day.toString().replace("-", ""));

		// A colleague takes the last place.
		driver = newBrowser();
		driver.manage().window().setSize(new Dimension(width, 900));
		journeyFrom("/");
		book(title, "Sam Colleague " + suffix, colleagueEmail, "Banbury primary school " + suffix, "Other",
				"Front line", "Book a place");
		assertThat(heading()).isEqualTo("Thank you for booking");
		var colleague = driver;

		// A probation officer finds the session full and joins its waiting list.
		driver = newBrowser();
		driver.manage().window().setSize(new Dimension(width, 900));
		journeyFrom("/");
		book(title, "Jo Officer " + suffix, officerEmail, "Probation service " + suffix, "Probation officer",
				"Front line", "Join the waiting list");
		assertThat(heading()).isEqualTo("You are on the waiting list");
		assertThat(text(message(officerEmail, "waiting list"))).contains("number 1");
		var officer = driver;

		// The colleague cancels from the link in their e-mail; the place goes to the
		// probation officer, who is told, with the calendar invitation.
		driver = colleague;
		followLinkInEmail(text(message(colleagueEmail, "your place on")), "/training/bookings/");
		follow("Cancel my place");
		press("Cancel my place");
		assertThat(heading()).isEqualTo("Your booking is cancelled");
		var place = message(officerEmail, "it is yours");
		assertThat(part(place, "text/calendar")).contains("METHOD:REQUEST");
		assertThat(training.status(bookingOf(session, colleagueEmail))).isEqualTo("CANCELLED");
		assertThat(training.status(bookingOf(session, officerEmail))).isEqualTo("BOOKED");

		// The day comes: the trainer marks both at the door, on a phone.
		jdbc.sql("update training_session set starts_at = now(), ends_at = now() + interval '3 hours' where id = :id")
			.param("id", session)
			.update();
		driver = trainerBrowser;
		follow("Family Matters");
		followIn("Mark attendance", title);
		markAttended("Alex Head " + suffix);
		markAttended("Jo Officer " + suffix);
		assertThat(text()).doesNotContain("Sam Colleague " + suffix);
		assertFitsTheWindow();
		screenshot("training-attendance-" + width);

		// Each is e-mailed a link to give feedback, and gives it.
		driver = headTeacher;
		giveFeedback(headTeacherEmail, "confidenceBefore-1", "confidenceAfter-3");
		driver = officer;
		giveFeedback(officerEmail, "confidenceBefore", "confidenceAfter-2");

		// The trainer's reach report for Banbury counts both, with the change in
		// confidence.
		driver = trainerBrowser;
		follow("Family Matters");
		followIn("Training reach", "Training reach by locality, sector, role and seniority");
		select("locality", "Banbury");
		press("Show reach");
		assertThat(cell("roles-table", "Head teacher (priority)", 1)).isEqualTo("1");
		assertThat(cell("roles-table", "Probation officer", 1)).isEqualTo("1");
		assertThat(row("Change in confidence by role", "Head teacher (priority)")).containsExactly("1", "2.0", "4.0",
				"1");
		assertThat(row("Change in confidence by role", "Probation officer")).containsExactly("1", "1.0", "3.0", "1");
		screenshot("training-reach-" + width);

		// A volunteer whose background check has expired cannot take a court desk shift.
		var court = courts.add("Training journey Crown Court " + suffix, "Journeyton", "1 Journey Street");
		rota.session(court.id(), LocalDate.now(ServiceTime.ZONE).plusDays(7), LocalTime.of(9, 30), LocalTime.of(12, 30),
				2);
		var volunteer = users.create(Role.VOLUNTEER);
		users.passwordChosen(volunteer.account().id());
		volunteers.assign(volunteer.account().id(), court.id(), null);
		training.inductionAttended(volunteer.account().id());
		rota.check(volunteer.account().id(), LocalDate.now(ServiceTime.ZONE).minusYears(3),
				LocalDate.now(ServiceTime.ZONE).minusDays(1));
		driver = newBrowser();
		driver.manage().window().setSize(new Dimension(width, 900));
		signInFromTheStart(volunteer.account().username(), volunteer.oneTimePassword());
		navigateTo("Shifts");
		assertThat(text()).contains("Your background check has expired");
		assertThat(driver.findElements(By.xpath("//button[starts-with(normalize-space(), 'Sign up')]"))).isEmpty();
		screenshot("training-volunteer-expired-" + width);
		var volunteerBrowser = driver;

		// The court desk coordinator finds the expired check on their home page and
		// records
		// the renewed one; then the volunteer can sign up.
		driver = newBrowser();
		driver.manage().window().setSize(new Dimension(width, 900));
		signInFromTheStart("demo-coordinator", TestUsers.DEMO_PASSWORD);
		followIn("Background checks to renew", volunteer.account().displayName());
		assertThat(heading()).isEqualTo("Ready for court desk shifts?");
		var today = LocalDate.now(ServiceTime.ZONE);
		type("checkedOn", String.valueOf(today.getDayOfMonth()));
		type("checkedOn-month", String.valueOf(today.getMonthValue()));
		type("checkedOn-year", String.valueOf(today.getYear()));
		var expires = today.plusYears(3);
		type("expiresOn", String.valueOf(expires.getDayOfMonth()));
		type("expiresOn-month", String.valueOf(expires.getMonthValue()));
		type("expiresOn-year", String.valueOf(expires.getYear()));
		press("Record the check");
		assertThat(text()).doesNotContain("Why they cannot take shifts");
		assertFitsTheWindow();
		screenshot("training-volunteer-ready-" + width);
		driver = volunteerBrowser;
		navigateTo("Shifts");
		assertThat(text()).doesNotContain("Your background check has expired");
		assertThat(driver.findElements(By.xpath("//button[starts-with(normalize-space(), 'Sign up')]"))).isNotEmpty();
	}

	/**
	 * From the start page: the training page, the session of the course in Banbury, its
	 * booking form filled in and sent with the button of this text.
	 */
	private void book(String title, String name, String email, String organisation, String role, String seniority,
			String button) {
		follow("Training and events");
		select("locality", "Banbury");
		press("Show sessions");
		follow(title);
		follow(button);
		type("name", name);
		type("email", email);
		type("organisation", organisation);
		chooseLabelled("Statutory");
		chooseLabelled(role);
		chooseLabelled(seniority);
		press(button);
	}

	private void markAttended(String name) {
		submit(By.xpath("//h2[normalize-space()=" + literal(name)
				+ "]/following::button[starts-with(normalize-space(), 'Mark as attended')][1]"));
		assertThat(text()).contains(name);
		assertThat(driver.findElements(By.xpath("//h2[normalize-space()=" + literal(name)
				+ "]/following::*[contains(normalize-space(), 'Attended at')][1]")))
			.isNotEmpty();
	}

	private void giveFeedback(String email, String before, String after) throws Exception {
		followLinkInEmail(text(message(email, "your feedback")), "/training/feedback/");
		choose(before);
		choose(after);
		type("doDifferently", "Ask each new family whether a parent is in prison");
		press("Send feedback");
		assertThat(heading()).isEqualTo("Thank you for your feedback");
		assertThat(driver.findElement(By.id("certificate")).getText())
			.contains("Download your certificate of attendance");
	}

	/** The cells of the row that this header starts, in the table of this caption. */
	private List<String> row(String caption, String rowHeader) {
		return driver
			.findElements(By.xpath("//table[caption[normalize-space()=" + literal(caption)
					+ "]]//tr[th[normalize-space()=" + literal(rowHeader) + "]]/td"))
			.stream()
			.map(cell -> cell.getDomProperty("textContent").strip())
			.toList();
	}

	/** The text in a column of the row of a table that this header starts. */
	private String cell(String tableId, String rowHeader, int column) {
		return driver
			.findElement(By.xpath("//table[@id=" + literal(tableId) + "]//tr[th[normalize-space()=" + literal(rowHeader)
					+ "]]/*[" + (column + 1) + "]"))
			.getText()
			.strip();
	}

	private UUID bookingOf(UUID session, String email) {
		return jdbc.sql("select id from training_booking where session_id = :s and email = :e")
			.param("s", session)
			.param("e", email)
			.query(UUID.class)
			.single();
	}

	/** The e-mail to this address whose subject holds these words, waiting for it. */
	private static MimeMessage message(String to, String subject) throws Exception {
		for (int tries = 0; tries < 100; tries++) {
			for (var message : mail.getReceivedMessages()) {
				if (message.getAllRecipients()[0].toString().equals(to) && message.getSubject().contains(subject)) {
					return message;
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("No e-mail to " + to + " about \"" + subject + "\"");
	}

	private static String text(MimeMessage message) throws Exception {
		var text = part(message, "text/plain");
		return (text != null) ? text : GreenMailUtil.getBody(message);
	}

	private static String part(MimeMessage message, String type) throws Exception {
		for (var part : parts(message)) {
			if (part.isMimeType(type) && !part.isMimeType("multipart/*")) {
				return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	private static List<Part> parts(Part part) throws MessagingException, IOException {
		var parts = new ArrayList<Part>();
		parts.add(part);
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				parts.addAll(parts(multipart.getBodyPart(i)));
			}
		}
		return parts;
	}

}
