package org.familymatters.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rota journey: the coordinator puts a session on the rota at Reading; the demo
 * volunteer, who works there, on a phone-sized window (375 px), signs up, sees it under
 * "Your shifts", makes a calendar link that a calendar can read without signing in, and
 * drops the shift. Every page is checked for accessibility.
 */
class RotaJourneyTest extends BrowserTest {

	@Test
	void aCoordinatorPutsASessionOnTheRotaAndAVolunteerSignsUpOnAPhone() throws Exception {
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(200);

		signIn("demo-coordinator", TestUsers.DEMO_PASSWORD);
		assertThat(navigation()).contains("Rota");
		visit("/court-desk/rota");
		follow("Add a session");
		new Select(driver.findElement(By.id("courtId"))).selectByVisibleText("Reading Crown Court");
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
		signOut();

		driver.manage().window().setSize(new Dimension(375, 812));
		signIn("demo-volunteer", TestUsers.DEMO_PASSWORD);
		// At this width the service navigation is behind its "Menu" button.
		assertThat(driver.findElements(By.cssSelector(".govuk-service-navigation__list a[href='/court-desk/shifts']")))
			.hasSize(1);
		visit("/court-desk/shifts");
		assertThat(text()).contains("Sessions at Reading Crown Court");
		submit(By.cssSelector("form[action='/court-desk/shifts/" + session + "/sign-up'] button"));
		assertThat(text()).contains("You are signed up for this shift");
		assertThat(driver.findElements(By.cssSelector("form[action='/court-desk/shifts/" + session + "/drop']")))
			.hasSize(1);

		submit(By.xpath("//button[normalize-space()='Subscribe to your shifts in your calendar']"));
		var link = driver.findElement(By.id("calendar-link")).getText();
		assertThat(link).contains("/court-desk/calendar/").endsWith(".ics");
		assertThat(text()).contains("this is the only time it is shown");
		var feed = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(link.substring(link.indexOf("/court-desk/"))))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("court-desk-session-" + session)
			.contains("SUMMARY:Court desk: Reading Crown Court");

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
