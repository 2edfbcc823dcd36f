package org.familymatters.browser;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support worker keeps the directory, from the start page and their home page: opens
 * the review queue the home page counts, adds an organisation and a weekend service for
 * children in Bicester (correcting a mistake the form points out), changes it, and a
 * family finds it in search at once. An administrator reaches the import from their home
 * page and is told what the form will not take. By links and buttons only, on a phone
 * (375 px: no page scrolls sideways, each table row shows its key and its action; the
 * import is reached on a desktop, 1280 px); every page checked for accessibility.
 */
class DirectoryStaffJourneyTest extends BrowserTest {

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aSupportWorkerAddsAndChangesAServiceThatFamiliesFindAtOnce(int width) throws Exception {
		var organisation = "Bicester young carers trust (journey " + width + ")";
		var service = "Sunday football for children (journey " + width + ")";
		var changed = "Sunday football and games for children (journey " + width + ")";
		driver.manage().window().setSize(new Dimension(width, 1000));
		signInFromTheStart("demo-support", TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Directory services waiting for a review");
		follow("Open the review queue");
		assertThat(heading()).isEqualTo("Review queue");
		fits(width);
		if (width < 400) {
			var action = driver.findElement(By.xpath("//tbody/tr[1]//button[contains(., 'Mark as checked')]"));
			assertWithinTheWindow(action);
			assertWithinTheWindow(driver.findElement(By.xpath("//tbody/tr[1]/th//a")));
		}
		screenshot("directory-review-" + width);

		follow("Organisations");
		fits(width);
		follow("Add an organisation");
		type("name", organisation);
		type("website", "https://example.org/young-carers");
		press("Save");
		assertThat(text()).contains("Organisation added: " + organisation);
		type("q", "young carers trust (journey " + width);
		press("Search");
		assertThat(text()).contains("1 organisation").contains(organisation);

		follow("Services");
		fits(width);
		screenshot("directory-services-" + width);
		follow("Add a service");
		press("Add the service");
		assertThat(text()).contains("There is a problem").contains("Enter the name of the service");

		new Select(driver.findElement(By.id("organisationId"))).selectByVisibleText(organisation);
		type("name", service);
		type("description", "Football and a chat on Sunday mornings for children with a family member in prison.");
		type("minimumAge", "8");
		type("maximumAge", "14");
		driver.findElement(By.xpath("//label[normalize-space()='Bicester']")).click();
		driver.findElement(By.xpath("//label[normalize-space()='Children and young people']")).click();
		type("opens-6", "10:00");
		type("closes-6", "09:00");
		press("Add the service");
		assertThat(text()).contains("The closing time must be after the opening time");
		type("closes-6", "12:00");
		press("Add the service");
		assertThat(text()).contains("Service added: " + service);
		fits(width);

		type("name", changed);
		press("Save the service");
		assertThat(text()).contains("Service saved: " + changed);

		navigateTo("Directory");
		type("q", "journey " + width);
		press("Search");
		assertThat(text()).contains(changed);
		signOut();

		navigateTo("Find support");
		type("q", "football");
		type("age", "10");
		choose("weekends");
		press("Search");
		assertThat(text()).contains(changed);
		follow(changed);
		assertThat(text()).contains("Sunday: 10:00 to 12:00").contains("Ages 8 to 14");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 1280)
	void anAdministratorReachesTheImportFromTheirHomePage(int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 1000));
		signInFromTheStart("demo-admin", TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Directory services waiting for a review");
		follow("Import and export the directory");
		assertThat(heading()).isEqualTo("Import and export the directory");
		press("Import the file");
		assertThat(text()).contains("Choose an Open Referral UK JSON file to import");
		type("address", "not an address");
		press("Import from this address");
		assertThat(text()).contains("Enter a web address starting http:// or https://");
		type("address", "http://127.0.0.1:8080/openreferral");
		press("Import from this address");
		assertThat(text()).contains("Enter an address starting https://");
		fits(width);
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
