package org.familymatters.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.courtdesk.RotaTestData;
import org.familymatters.courtdesk.internal.Court;
import org.familymatters.courtdesk.internal.Courts;
import org.familymatters.identity.Role;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each court desk role, from signing in at the start page to its main job, by the links
 * and buttons its home page offers, on a phone (375 px) and a desktop (1280 px), every
 * page checked for accessibility: the volunteer records a contact from their home page's
 * "Record a contact"; the coordinator fills a gap in the rota from the sessions their
 * home page says need volunteers, and the volunteer then finds it as their next shift;
 * the manager reads the statistics from their home page, the current month's bar on the
 * screen.
 */
class CourtDeskRoleJourneysTest extends CourtDeskBrowserTest {

	@Autowired
	Courts courts;

	@Autowired
	CourtDeskContactData data;

	@Autowired
	RotaTestData rota;

	private Court newCourt(String what) {
		return courts.add(what + " Crown Court " + UUID.randomUUID().toString().substring(0, 8), "Roleton", null);
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { PHONE, DESKTOP })
	void theVolunteerRecordsAContactFromTheirHomePage(int width) throws Exception {
		var volunteer = data.volunteer(Courts.READING);
		startSignedIn(width, volunteer.account().username(), volunteer.oneTimePassword());
		var button = driver.findElement(By.cssSelector("main a.fm-home-action"));
		assertThat(button.getText()).isEqualTo("Record a contact");
		assertWithinTheWindow(button);
		assertFitsTheWindow();
		screenshot("court-desk-home-volunteer-reading-" + width);

		pressTheHomePageButton("Record a contact");
		assertThat(heading()).isEqualTo("Record a contact");
		choose("relationship");
		choose("outcome-3");
		type("children", "0");
		choose("emotionalSupport");
		choose("agreesToContact-1");
		assertFitsTheWindow();
		press("Save contact");
		assertThat(heading()).isEqualTo("Contact recorded");
		assertThat(data.contactsBy(volunteer.account().id())).isOne();

		followVisible("Your contacts");
		assertThat(text()).contains("1 contact");
		var met = driver.findElement(By.cssSelector("main tbody tr th a"));
		assertWithinTheWindow(met);
		assertFitsTheWindow();
		screenshot("court-desk-contacts-volunteer-" + width);
		click(met);
		assertThat(heading()).isNotBlank();
		assertFitsTheWindow();
		signOut();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { PHONE, DESKTOP })
	void theCoordinatorFillsAGapInTheRotaFromTheirHomePage(int width) throws Exception {
		var court = newCourt("Gap journey");
		var day = LocalDate.now(ServiceTime.ZONE).plusDays(3);
		var session = rota.sessionIn(court.id(), 3, 1);
		var volunteer = data.volunteer(court.id());
		var name = volunteer.account().displayName();

		startSignedIn(width, TestUsers.demoUsername(Role.COURT_DESK_COORDINATOR), TestUsers.DEMO_PASSWORD);
		var gaps = homeSection(court.name() + ": sessions that need volunteers");
		assertThat(gaps).contains(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(day))
			.contains("Needs 1 more volunteer");
		assertFitsTheWindow();
		screenshot("court-desk-home-coordinator-" + width);

		followTo("/court-desk/rota/" + session);
		assertThat(heading()).isEqualTo("Court desk session");
		assertThat(text()).contains("Needs 1 more volunteer").contains("Put a volunteer on this session");
		new Select(driver.findElement(By.id("volunteer"))).selectByVisibleText(name);
		press("Put them on this session");
		assertThat(text()).contains(name + " is on this session now").contains("Full");
		assertFitsTheWindow();
		screenshot("court-desk-session-filled-" + width);

		goHome();
		assertThat(driver.findElements(By.xpath("//h2[starts-with(normalize-space(), '" + court.name() + "')]")))
			.as("no gap left at the court")
			.isEmpty();
		signOut();

		// The volunteer finds the shift as their next one.
		signInHere(volunteer.account().username(), volunteer.oneTimePassword());
		assertThat(homeSection("Your next shift")).contains("09:30 to 13:00 at " + court.name());
		followTo("/court-desk/shifts/" + session);
		assertThat(text()).contains("You are signed up");
		signOut();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { PHONE, DESKTOP })
	void theManagerReadsTheStatisticsFromTheirHomePage(int width) throws Exception {
		startSignedIn(width, TestUsers.demoUsername(Role.MANAGER), TestUsers.DEMO_PASSWORD);
		var thisMonth = YearMonth.now(ServiceTime.ZONE);
		var summary = homeSection("Court desk statistics");
		assertThat(summary)
			.contains("to " + thisMonth.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)) + ", all courts: ");
		screenshot("court-desk-home-manager-" + width);

		followVisible("Court desk statistics by court and month");
		assertThat(heading()).isEqualTo("Court desk statistics");
		assertThat(text()).contains("A count from 1 to 4 is shown as");
		var current = driver.findElements(By.cssSelector("#contacts-chart text"))
			.stream()
			.filter(label -> label.getText()
				.equals(thisMonth.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK))))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No bar for the current month"));
		assertWithinTheWindow(current);
		assertFitsTheWindow();
		screenshot("court-desk-statistics-manager-" + width);
		signOut();
	}

}
