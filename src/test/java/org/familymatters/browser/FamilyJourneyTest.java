package org.familymatters.browser;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support worker opens a family from the families list, adds a child with a school
 * (after checking the likely matches the page shows), records a custody episode at HMP
 * Bullingdon — correcting the release date the form points out — and a timeline note.
 * Every page passes the accessibility check, at desktop size and at 320 px.
 */
class FamilyJourneyTest extends BrowserTest {

	@Test
	void aSupportWorkerKeepsAFamilysRecord() {
		signIn("demo-support", TestUsers.DEMO_PASSWORD);
		follow("Families");
		assertThat(heading()).isEqualTo("Families");
		type("q", "Sample");
		press("Search");
		driver.findElement(By.xpath("//tr[contains(., 'Jordan Sample (demo)')]//a")).click();
		checkPage();
		assertThat(text()).contains("Jordan Sample (demo)").contains("Banbury primary school (demo), Year 4");
		var familyPage = driver.getCurrentUrl();

		follow("Add a person");
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
		driver.findElement(By.xpath("//label[normalize-space()='Note']")).click();
		type("summary", "Talked with Casey about the first visit to HMP Bullingdon (journey).");
		press("Add to the timeline");
		assertThat(text()).contains("Added to the timeline")
			.contains("Talked with Casey about the first visit to HMP Bullingdon (journey).");

		driver.manage().window().setSize(new Dimension(320, 900));
		driver.get(familyPage);
		checkPage();
		assertNoSidewaysScrolling();
		follow("Add a person");
		assertNoSidewaysScrolling();
		driver.navigate().back();
		follow("Record a custody episode");
		assertNoSidewaysScrolling();
		driver.manage().window().setSize(new Dimension(1280, 1024));
	}

	private void assertNoSidewaysScrolling() {
		var js = (JavascriptExecutor) driver;
		assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
			.as("no sideways scrolling at 320 px on %s", driver.getCurrentUrl())
			.isLessThanOrEqualTo((Long) js.executeScript("return document.documentElement.clientWidth"));
	}

}
