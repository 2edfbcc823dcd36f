package org.familymatters.browser;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support worker starts at the start page, signs in, and from their home page finds a
 * family through the families list's search, adds a child with a school (after checking
 * the likely matches the page shows), records a custody episode at HMP Bullingdon —
 * correcting the release date the form points out — and a timeline note, reaching every
 * page by links and buttons. On a phone (375 px) and a desktop (1280 px); every page
 * passes the accessibility check, and on the phone no page scrolls sideways and every
 * Change link of the family's page is within the screen.
 */
class FamilyJourneyTest extends BrowserTest {

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void aSupportWorkerKeepsAFamilysRecord(int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 1000));
		signInFromTheStart("demo-support", TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Your families").contains("Consent reviews due");
		navigateTo("Families");
		assertThat(heading()).isEqualTo("Families");
		type("q", "Sample");
		press("Search");
		assertThat(driver.getCurrentUrl()).doesNotContain("Sample");
		driver.findElement(By.xpath("//tr[contains(., 'Jordan Sample (demo)')]//a")).click();
		checkPage();
		assertThat(text()).contains("Jordan Sample (demo)").contains("Banbury primary school (demo), Year 4");
		fits(width);
		if (width < 400) {
			for (var change : driver.findElements(By.xpath("//a[starts-with(normalize-space(), 'Change')]"))) {
				assertWithinTheWindow(change);
			}
			screenshot("family-375");
		}
		else {
			screenshot("family-1280");
		}

		follow("Add a person");
		fits(width);
		type("givenName", "Sky");
		type("familyName", "Sample (demo)");
		type("dateOfBirth", "3");
		type("dateOfBirth-month", "2");
		type("dateOfBirth-year", "2099");
		driver.findElement(By.xpath("//label[normalize-space()='Child']")).click();
		new Select(driver.findElement(By.id("schoolId"))).selectByVisibleText("Banbury primary school (demo)");
		type("schoolYear", "Reception");
		press("Add the person");
		assertThat(text()).contains("There is a problem").contains("Date of birth must be today or in the past");
		type("dateOfBirth-year", "2021");
		press("Add the person");
		if (text().contains("Is this someone already on record?")) {
			press("Add as a new person");
		}
		assertThat(text()).contains("Added Sky Sample (demo)").contains("Banbury primary school (demo), Reception");

		follow("Record a custody episode");
		fits(width);
		new Select(driver.findElement(By.id("prisonId"))).selectByVisibleText("HMP Bullingdon");
		type("prisonNumber", "A9999ZZ");
		type("sentencedOn", "10");
		type("sentencedOn-month", "1");
		type("sentencedOn-year", "2026");
		type("sentence", "18 months");
		type("expectedReleaseOn", "10");
		type("expectedReleaseOn-month", "1");
		type("expectedReleaseOn-year", "2025");
		press("Record the custody episode");
		assertThat(text()).contains("The expected release date must be the same as or after the sentence date");
		type("expectedReleaseOn-year", "2027");
		press("Record the custody episode");
		assertThat(text()).contains("Custody episode recorded").contains("A9999ZZ").contains("18 months");

		follow("Add to the timeline");
		fits(width);
		driver.findElement(By.xpath("//label[normalize-space()='Note']")).click();
		type("summary", "Talked with Casey about the first visit to HMP Bullingdon (journey).");
		press("Add to the timeline");
		assertThat(text()).contains("Added to the timeline")
			.contains("Talked with Casey about the first visit to HMP Bullingdon (journey).");
		fits(width);
		assertThat(driver.findElements(By.linkText("Consent and sharing"))).as("the family page links to its consent")
			.hasSize(1);
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(12);
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
