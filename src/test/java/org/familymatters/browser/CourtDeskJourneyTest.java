package org.familymatters.browser;

import java.time.LocalDate;
import java.time.YearMonth;

import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The court desks issue's "done when", end to end in a real browser: a volunteer signs up
 * for a shift at Reading and, on a phone-sized screen (375 px), records three contacts —
 * one anonymous, one with consent that appears in Slough's triage queue, one recorded
 * while offline and sent later exactly once — and the coordinator sees all three in that
 * month's statistics. Every page is checked for accessibility.
 */
class CourtDeskJourneyTest extends BrowserTest {

	/** The month's only row: Reading's contacts. */
	private static final String CONTACTS = "(//table[caption[contains(., 'Contacts by court and month')]]"
			+ "//tbody/tr)[last()]/td[1]";

	private static final String REFERRALS_MADE = "//table[caption[contains(., 'Referrals')]]"
			+ "//tr[th[starts-with(normalize-space(), 'Referrals made')]]/td[1]";

	@Autowired
	CourtDeskContactData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVolunteerAtReadingRecordsThreeContactsOnAPhoneAndTheCoordinatorSeesThemAll() {
		var month = YearMonth.now(ServiceTime.ZONE);
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(3);

		// The coordinator reads this month's numbers for Reading, then puts a session on
		// the rota.
		signIn("demo-coordinator", TestUsers.DEMO_PASSWORD);
		int contactsBefore = count(month, CONTACTS);
		int referralsBefore = count(month, REFERRALS_MADE);
		visit("/court-desk/rota/new");
		new Select(driver.findElement(By.id("courtId"))).selectByVisibleText("Reading Crown Court");
		type("date", String.valueOf(day.getDayOfMonth()));
		type("date-month", String.valueOf(day.getMonthValue()));
		type("date-year", String.valueOf(day.getYear()));
		type("startsAt", "09:30");
		type("endsAt", "13:00");
		type("volunteersNeeded", "3");
		press("Save session");
		var session = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
		signOut();

		// A volunteer at Reading, on a phone, signs up for the shift.
		var volunteer = data.volunteer(Courts.READING);
		var volunteerId = volunteer.account().id();
		driver.manage().window().setSize(new Dimension(375, 812));
		signIn(volunteer.account().username(), volunteer.oneTimePassword());
		visit("/court-desk/shifts");
		submit(By.cssSelector("form[action='/court-desk/shifts/" + session + "/sign-up'] button"));
		assertThat(text()).contains("You are signed up for this shift");

		// 1. Anonymous: the person does not want to be contacted.
		visit("/court-desk/contacts/new");
		facts();
		choose("agreesToContact-1");
		press("Save contact");
		assertThat(heading()).isEqualTo("Contact recorded");
		assertThat(text()).contains("Nothing that identifies them was kept");

		// 2. With consent: a referral for Slough's support workers.
		follow("Record another contact");
		facts();
		choose("agreesToContact");
		type("givenName", "Nell");
		type("familyName", "Courtdesk-Journey");
		type("phone", "01753 496 0123");
		new Select(driver.findElement(By.id("localityId"))).selectByValue(data.locality("Slough").toString());
		choose("explained");
		press("Save contact");
		assertThat(heading()).isEqualTo("Contact recorded");
		var referral = jdbc.sql("""
				select r.reference from referral r join court_desk_contact c on c.referral_id = r.id
				where c.recorded_by = :volunteer and r.source = 'court_desk'
				  and r.locality_id = (select id from locality where name = 'Slough')
				""").param("volunteer", volunteerId).query(String.class).single();
		assertThat(text()).contains(referral);

		// 3. No signal: the contact waits on the phone and is sent, once, when the signal
		// returns.
		var js = (JavascriptExecutor) driver;
		visit("/court-desk/contacts/new");
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
		waitUntil(() -> {
			if (text().contains("Sent: CD-")) {
				return true;
			}
			var send = driver.findElements(By.id("outbox-send"));
			if (!send.isEmpty() && send.get(0).isDisplayed()) {
				send.get(0).click();
			}
			return false;
		}, "the waiting contact sent");
		checkPage();
		// Its answer lost, say, the phone sends it again: acknowledged, not stored twice.
		js.executeScript("localStorage.setItem('fm-court-desk-outbox', arguments[0])", outbox);
		driver.navigate().refresh();
		waitUntil(() -> text().contains("Already received: CD-"), "the second sending acknowledged");
		checkPage();
		assertThat(data.contactsBy(volunteerId)).isEqualTo(3);

		// The volunteer sees the three; nothing of families.
		visit("/court-desk/contacts");
		assertThat(driver.findElements(By.cssSelector("main tbody tr"))).hasSize(3);
		visit("/referrals/triage");
		assertThat(heading()).isEqualTo("You do not have permission to see this page");
		signOut();

		// Slough's support worker finds the court desk referral in the triage queue.
		driver.manage().window().setSize(new Dimension(1280, 1024));
		var slough = data.sloughSupportWorker();
		signIn(slough.account().username(), slough.oneTimePassword());
		visit("/referrals/triage");
		assertThat(text()).contains(referral).contains("Court desk");
		signOut();

		// The coordinator sees all three, and the referral, in this month's statistics
		// for Reading.
		signIn("demo-coordinator", TestUsers.DEMO_PASSWORD);
		assertThat(count(month, CONTACTS)).isEqualTo(contactsBefore + 3);
		assertThat(count(month, REFERRALS_MADE)).isEqualTo(referralsBefore + 1);
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
	 * (exact).
	 */
	private int count(YearMonth month, String cell) {
		visit("/court-desk/statistics?court=" + Courts.READING + "&from=" + month + "&to=" + month);
		return Integer.parseInt(driver.findElement(By.xpath(cell)).getText().strip());
	}

}
