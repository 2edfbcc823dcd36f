package org.familymatters.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;

import org.familymatters.privacy.SubjectAccessFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data protection officer's job (issue 17), from their home page: a mother asks to
 * see what the service holds about her (she is in two families); the officer records the
 * request with how her identity was checked, finds her records, produces the package,
 * reads it (the JSON, the children's father redacted), and marks it answered. A
 * safeguarding lead puts her first family's record under a hold from their home page; she
 * then asks for her data to be erased, and the officer refuses because of the hold, with
 * the reason recorded. Then an administrator reads the retention schedule and checks
 * nobody has changed the audit trail.
 */
class DataProtectionJourneyTest extends BrowserTest {

	@Autowired
	SubjectAccessFixtures fixtures;

	@Test
	void theOfficerAnswersARequestToSeeAndRefusesAnErasureUnderAHold() throws IOException {
		var familyName = SubjectAccessFixtures.uniqueName("Marsh");
		var families = fixtures.twoFamilies(familyName);
		var mother = "Kerry " + familyName;

		signInFromTheStart("demo-dpo", TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Data requests due soon");
		follow("Record a request");
		choose("kind");
		type("fullName", mother);
		type("dateOfBirth", "9");
		type("dateOfBirth-month", "7");
		type("dateOfBirth-year", "1990");
		// Without how her identity was checked, the request is refused by the field.
		press("Record the request");
		assertThat(text()).contains("There is a problem");
		choose("identityCheck");
		press("Record the request");
		assertThat(heading()).isEqualTo(mother);
		assertThat(text()).contains("Nobody on record is confirmed as them yet.");

		follow("Find their records");
		onAPhoneToo("privacy-find");
		tickRowsNaming(mother);
		press("Confirm who is them");
		assertThat(text()).contains("2 people on record are confirmed as them, in 2 families.");

		press("Produce the package");
		assertThat(text()).contains("Produced");
		// The PDF opens in the browser's own viewer (SubjectAccessTest reads it); the
		// JSON is
		// saved.
		assertThat(driver.findElements(By.linkText("Download the package (PDF)"))).isNotEmpty();
		var json = Files.readString(download("Download the package (JSON)"));
		assertThat(json).contains("\"redacted\":true").contains(families.secondReference()).doesNotContain("Darren");
		onAPhoneToo("privacy-request");
		press("Mark the request answered");
		assertThat(text()).contains("Answered");

		// A safeguarding lead holds her first family's record; she then asks for her data
		// to
		// be erased.
		signOut();
		signIn("demo-safeguarding", TestUsers.DEMO_PASSWORD);
		follow("Safeguarding holds");
		type("reference", families.firstReference());
		var until = LocalDate.now(ServiceTime.ZONE).plusMonths(6);
		type("until", String.valueOf(until.getDayOfMonth()));
		type("until-month", String.valueOf(until.getMonthValue()));
		type("until-year", String.valueOf(until.getYear()));
		type("reason", "A child protection enquiry is open");
		press("Hold the record");
		assertThat(text()).contains(families.firstReference());
		signOut();
		signIn("demo-dpo", TestUsers.DEMO_PASSWORD);
		navigateTo("Data requests");
		follow("Record a request");
		choose("kind-2");
		type("fullName", mother);
		type("dateOfBirth", "9");
		type("dateOfBirth-month", "7");
		type("dateOfBirth-year", "1990");
		choose("identityCheck-1");
		press("Record the request");
		follow("Find their records");
		tickRowsNaming(mother);
		press("Confirm who is them");
		follow("Decide whether to erase their data");
		assertThat(text()).contains("A safeguarding hold is on " + families.firstReference());
		onAPhoneToo("privacy-decision");
		choose("outcome-1");
		type("reason", "Safeguarding: a hold is on the family");
		press("Record the decision");
		assertThat(text()).contains("Refused").contains("Safeguarding: a hold is on the family");
		signOut();

		// An administrator reads the retention schedule and checks the audit trail.
		signIn("demo-admin", TestUsers.DEMO_PASSWORD);
		follow("Retention schedule and runs");
		assertThat(text()).contains("Family records after support has closed");
		onAPhoneToo("admin-retention");
		navigateTo("Home");
		follow("Check nobody has changed the audit trail");
		assertThat(text()).containsAnyOf("Unbroken", "not yet sealed");
		onAPhoneToo("admin-audit-chain");
	}

	/**
	 * The page fits a phone's width (375 px) with nothing to scroll sideways, and
	 * pictures of it at both widths when asked for.
	 */
	private void onAPhoneToo(String name) throws IOException {
		var window = driver.manage().window().getSize();
		driver.manage().window().setSize(new Dimension(375, 812));
		try {
			assertFitsTheWindow();
			screenshot(name + "-375");
		}
		finally {
			driver.manage().window().setSize(window);
		}
		screenshot(name + "-1280");
	}

	/** Ticks "Is it them?" in every row of the likely matches that names the person. */
	private void tickRowsNaming(String name) {
		var rows = driver.findElements(By.xpath("//tr[td[normalize-space()=" + literal(name) + "]]"));
		assertThat(rows).as("rows naming %s", name).isNotEmpty();
		for (var row : rows) {
			var box = row.findElement(By.cssSelector("input[type=checkbox]"));
			choose(box.getDomAttribute("id"));
		}
	}

}
