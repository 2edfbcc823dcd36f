package org.familymatters.browser;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support worker keeps the directory: adds an organisation and a weekend service for
 * children in Bicester, corrects a mistake the form points out, changes the service, and
 * a family finds it in search at once. Every page passes the accessibility check, and the
 * form fits a 320 px screen.
 */
class DirectoryStaffJourneyTest extends BrowserTest {

	@Test
	void aSupportWorkerAddsAndChangesAServiceThatFamiliesFindAtOnce() {
		signIn("demo-support", TestUsers.DEMO_PASSWORD);
		follow("Directory");
		assertThat(heading()).isEqualTo("Directory services");

		follow("Organisations");
		follow("Add an organisation");
		type("name", "Bicester young carers trust (journey)");
		type("website", "https://example.org/young-carers");
		press("Save");
		assertThat(text()).contains("Organisation added: Bicester young carers trust (journey)");

		follow("Services");
		follow("Add a service");
		press("Add the service");
		assertThat(text()).contains("There is a problem").contains("Enter the name of the service");

		new Select(driver.findElement(By.id("organisationId")))
			.selectByVisibleText("Bicester young carers trust (journey)");
		type("name", "Sunday football for children (journey)");
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
		assertThat(text()).contains("Service added: Sunday football for children (journey)");

		driver.manage().window().setSize(new Dimension(320, 900));
		checkPage();
		var js = (JavascriptExecutor) driver;
		assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
			.as("no sideways scrolling at 320 px")
			.isLessThanOrEqualTo((Long) js.executeScript("return document.documentElement.clientWidth"));
		driver.manage().window().setSize(new Dimension(1280, 1024));

		type("name", "Sunday football and games for children (journey)");
		press("Save the service");
		assertThat(text()).contains("Service saved: Sunday football and games for children (journey)");

		follow("Directory");
		follow("Review queue");
		assertThat(heading()).isEqualTo("Review queue");

		signOut();
		visit("/support?q=football&age=10&weekends=true");
		assertThat(text()).contains("Sunday football and games for children (journey)");
		follow("Sunday football and games for children (journey)");
		assertThat(text()).contains("Sunday: 10:00 to 12:00").contains("Ages 8 to 14");
	}

	@Test
	void anAdministratorFindsImportAndExport() {
		signIn("demo-admin", TestUsers.DEMO_PASSWORD);
		follow("Directory");
		follow("Import and export");
		assertThat(heading()).isEqualTo("Import and export the directory");
		press("Import the file");
		assertThat(text()).contains("Choose an Open Referral UK JSON file to import");
		type("address", "not an address");
		press("Import from this address");
		assertThat(text()).contains("Enter a web address starting http:// or https://");
	}

}
