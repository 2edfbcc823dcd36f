package org.familymatters.browser;

import java.time.LocalDate;
import java.time.YearMonth;

import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The court desks issue's "done when", end to end in a real browser, on a phone (375 px)
 * (CourtDeskRoleJourneysTest takes each court desk role's job on a desktop too), every
 * page reached from the start page by its links and buttons and checked for
 * accessibility: the coordinator puts a session on the rota at Reading; a volunteer at
 * Reading signs up for it from their home page and records three contacts from its
 * "Record a contact" — one anonymous, one with consent that appears in the triage queue
 * of the family's locality, one recorded while offline and sent later exactly once — and
 * the coordinator sees all three, and the referral, in that month's statistics for
 * Reading.
 */
class CourtDeskJourneyTest extends CourtDeskBrowserTest {

	/** The month's only row: Reading's contacts. */
	private static final String CONTACTS = "(//table[caption[contains(., 'Contacts by court and month')]]"
			+ "//tbody/tr)[last()]/td[1]";

	private static final String REFERRALS_MADE = "//table[caption[contains(., 'Referrals')]]"
			+ "//tr[th[starts-with(normalize-space(), 'Referrals made')]]/td[1]";

	@Autowired
	CourtDeskContactData data;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = PHONE)
	void aVolunteerAtReadingRecordsThreeContactsAndTheCoordinatorSeesThemAll(int width) {
		var month = YearMonth.now(ServiceTime.ZONE);
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(3);
		var volunteer = data.volunteer(Courts.READING);
		var volunteerId = volunteer.account().id();
		// The family lives in a locality of this journey's own, so that its triage queue
		// shows this journey's referral, whatever else other tests send.
		var locality = data.newLocality("Court desk journey");
		var supportWorker = data.supportWorkerIn(locality);

		// The coordinator reads this month's numbers for Reading, then puts a session on
		// the rota.
		startSignedIn(width, "demo-coordinator", TestUsers.DEMO_PASSWORD);
		int contactsBefore = readingThisMonth(month, CONTACTS);
		int referralsBefore = readingThisMonth(month, REFERRALS_MADE);
		navigateTo("Rota");
		followVisible("Add a session");
		new Select(driver.findElement(By.id("courtId"))).selectByVisibleText("Reading Crown Court");
		type("date", String.valueOf(day.getDayOfMonth()));
		type("date-month", String.valueOf(day.getMonthValue()));
		type("date-year", String.valueOf(day.getYear()));
		type("startsAt", "09:30");
		type("endsAt", "13:00");
		type("volunteersNeeded", "3");
		press("Save session");
		assertThat(text()).contains("Session added to the rota").contains("Needs 3 more volunteers");
		var session = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
		signOut();

		// The volunteer at Reading signs up for the shift from their home page.
		signInHere(volunteer.account().username(), volunteer.oneTimePassword());
		assertThat(homeSection("Your next shift")).contains("You are not signed up for a shift yet");
		followVisible("Your shifts");
		submit(By.cssSelector("form[action='/court-desk/shifts/" + session + "/sign-up'] button"));
		assertThat(text()).contains("You are signed up for this shift");
		goHome();
		assertThat(homeSection("Your next shift")).contains("09:30 to 13:00 at Reading Crown Court");

		// 1. Anonymous: the person does not want to be contacted.
		pressTheHomePageButton("Record a contact");
		assertThat(heading()).isEqualTo("Record a contact");
		facts();
		choose("agreesToContact-1");
		press("Save contact");
		assertThat(heading()).isEqualTo("Contact recorded");
		assertThat(text()).contains("Nothing that identifies them was kept");

		// 2. With consent: a referral for the support workers where the family lives.
		followVisible("Record another contact");
		facts();
		choose("agreesToContact");
		type("givenName", "Nell");
		type("familyName", "Courtdesk-Journey");
		type("phone", "01753 496 0123");
		new Select(driver.findElement(By.id("localityId"))).selectByValue(locality.id().toString());
		choose("explained");
		press("Save contact");
		assertThat(heading()).isEqualTo("Contact recorded");
		var referral = jdbc.sql("""
				select r.reference from referral r join court_desk_contact c on c.referral_id = r.id
				where c.recorded_by = :volunteer and r.source = 'court_desk' and r.locality_id = :locality
				""").param("volunteer", volunteerId).param("locality", locality.id()).query(String.class).single();
		assertThat(text()).contains(referral);

		// 3. No signal: the contact waits on the phone and is sent, once, when the signal
		// returns. The form the phone keeps is the one the service worker saw last.
		var js = (JavascriptExecutor) driver;
		followVisible("Record another contact");
		waitUntil(() -> Boolean.TRUE.equals(js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				navigator.serviceWorker.ready
				  .then(() => caches.match('/court-desk/contacts/new'))
				  .then(r => done(!!r), () => done(false));
				""")), "the form kept on the phone");
		offline(true);
		driver.navigate().refresh();
		checkPage();
		facts();
		choose("agreesToContact-1");
		driver.findElement(By.xpath("//button[normalize-space()='Save contact']")).click();
		waitUntil(() -> text().contains("1 contact is waiting to be sent"), "the contact waiting on the phone");
		checkPage();
		assertThat(data.contactsBy(volunteerId)).as("two sent, one waiting").isEqualTo(2);
		var outbox = (String) js.executeScript("return localStorage.getItem('fm-court-desk-outbox')");
		offline(false);
		sendTheWaitingContacts("the waiting contact sent");
		checkPage();
		// Its answer lost, say, the phone sends it again: acknowledged, not stored twice.
		js.executeScript("localStorage.setItem('fm-court-desk-outbox', arguments[0])", outbox);
		driver.navigate().refresh();
		waitUntil(() -> text().contains("Already received: CD-"), "the second sending acknowledged");
		checkPage();
		assertThat(data.contactsBy(volunteerId)).isEqualTo(3);

		// The volunteer sees the three, and nothing of families: no triage, no family
		// records in what they may open.
		navigateTo("Contacts");
		assertThat(driver.findElements(By.cssSelector("main tbody tr"))).hasSize(3);
		assertThat(text()).contains("3 contacts").contains("Yes, " + referral + " (Waiting for a decision)");
		assertThat(driver.findElements(By.cssSelector(".govuk-service-navigation__list a"))
			.stream()
			.map(a -> a.getAttribute("textContent").strip())).doesNotContain("Triage", "Families", "Refer a family");
		signOut();

		// The locality's support worker finds the court desk referral in the triage
		// queue.
		signInHere(supportWorker.account().username(), supportWorker.oneTimePassword());
		navigateTo("Triage");
		assertThat(text()).contains(referral).contains("Court desk");
		signOut();

		// The coordinator sees all three, and the referral, in this month's statistics
		// for Reading.
		signInHere("demo-coordinator", TestUsers.DEMO_PASSWORD);
		assertThat(readingThisMonth(month, CONTACTS)).isEqualTo(contactsBefore + 3);
		assertThat(readingThisMonth(month, REFERRALS_MADE)).isEqualTo(referralsBefore + 1);
		signOut();
	}

	/**
	 * The facts of a contact, as a volunteer taps them in: partner, immediate custody,
	 * two children.
	 */
	private void facts() {
		choose("relationship");
		choose("outcome");
		choose("sentenceBand-1");
		choose("firstTimeInCustody");
		type("children", "2");
		type("childrenUnder5", "1");
		type("children5To11", "1");
		choose("emotionalSupport");
	}

	/**
	 * A number in this month's statistics for Reading, as the coordinator sees it
	 * (exact), reached from the navigation and the filters.
	 */
	private int readingThisMonth(YearMonth month, String cell) {
		navigateTo("Court desk statistics");
		new Select(driver.findElement(By.id("court"))).selectByVisibleText("Reading Crown Court");
		type("from", month.toString());
		type("to", month.toString());
		press("Show statistics");
		return Integer.parseInt(driver.findElement(By.xpath(cell)).getText().replaceAll("^.*: ", "").strip());
	}

}
