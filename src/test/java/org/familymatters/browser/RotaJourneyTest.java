package org.familymatters.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rota journey, on a desktop (1280 px; the coordinator's journey in
 * CourtDeskRoleJourneysTest fills a gap on a phone too), from the start page by links and
 * buttons only: the coordinator puts a session on the rota at a court of the journey's
 * own and sees its gap on the rota, whose status shows without scrolling sideways; a
 * volunteer who works there goes from their home page to their shifts, signs up, sees it
 * as their next shift, makes a calendar link that a calendar can read without signing in,
 * drops the shift and stops the link. Every page is checked for accessibility.
 */
class RotaJourneyTest extends CourtDeskBrowserTest {

	@Autowired
	Courts courts;

	@Autowired
	CourtDeskContactData data;

	Court court;

	@BeforeAll
	void aCourtOfItsOwn() {
		court = courts.add("Rota journey Crown Court " + UUID.randomUUID().toString().substring(0, 8), "Journeyton",
				"1 Journey Street");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = DESKTOP)
	void aCoordinatorPutsASessionOnTheRotaAndAVolunteerSignsUp(int width) throws Exception {
		var day = LocalDate.now(ServiceTime.ZONE).plusDays((width != PHONE) ? 201 : 200);
		var volunteer = data.volunteer(court.id());

		startSignedIn(width, "demo-coordinator", TestUsers.DEMO_PASSWORD);
		navigateTo("Rota");
		followVisible("Add a session");
		new Select(driver.findElement(By.id("courtId"))).selectByVisibleText(court.name());
		type("date", String.valueOf(day.getDayOfMonth()));
		type("date-month", String.valueOf(day.getMonthValue()));
		type("date-year", String.valueOf(day.getYear()));
		type("startsAt", "09:30");
		type("endsAt", "12:45");
		type("volunteersNeeded", "2");
		press("Save session");
		assertThat(heading()).isEqualTo("Court desk session");
		assertThat(text()).contains("Needs 2 more volunteers").contains("09:30 to 12:45");
		var session = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);

		// On the rota, filtered to the court, the session's status is on the screen.
		followVisible("Back to the rota");
		new Select(driver.findElement(By.id("court"))).selectByVisibleText(court.name());
		press("Show sessions");
		var row = driver.findElement(By.xpath("//tr[th/a[@href='/court-desk/rota/" + session + "']]"));
		assertWithinTheWindow(row.findElement(By.cssSelector("td[data-label='Status'] .govuk-tag")));
		assertThat(row.getText()).contains("Needs 2 more volunteers");
		assertFitsTheWindow();
		screenshot("court-desk-rota-" + width);
		signOut();

		signInHere(volunteer.account().username(), volunteer.oneTimePassword());
		screenshot("court-desk-home-volunteer-" + width);
		followVisible("Your shifts");
		assertThat(text()).contains("Sessions at " + court.name());
		submit(By.cssSelector("form[action='/court-desk/shifts/" + session + "/sign-up'] button"));
		assertThat(text()).contains("You are signed up for this shift");
		assertThat(driver.findElements(By.cssSelector("form[action='/court-desk/shifts/" + session + "/drop']")))
			.hasSize(1);
		assertFitsTheWindow();
		goHome();
		assertThat(homeSection("Your next shift")).contains("09:30 to 12:45 at " + court.name());
		followVisible("Your shifts");

		submit(By.xpath("//button[normalize-space()='Subscribe to your shifts in your calendar']"));
		var link = driver.findElement(By.id("calendar-link")).getText();
		assertThat(link).contains("/court-desk/calendar/").endsWith(".ics");
		assertThat(text()).contains("this is the only time it is shown");
		var feed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(link.substring(link.indexOf("/court-desk/"))))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("court-desk-session-" + session)
			.contains("SUMMARY:Court desk: " + court.name());

		submit(By.cssSelector("form[action='/court-desk/shifts/" + session + "/drop'] button"));
		assertThat(text()).contains("You dropped the shift");
		assertThat(driver.findElements(By.cssSelector("form[action='/court-desk/shifts/" + session + "/drop']")))
			.isEmpty();
		submit(By.xpath("//button[normalize-space()='Stop this calendar link']"));
		assertThat(text()).contains("Your calendar link is stopped");
		signOut();
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(10);
	}

}
