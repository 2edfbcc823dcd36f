package org.familymatters.browser;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 320 px an administrator goes through the pages of their job, each fitting the
 * screen, with the menu folded into a button. What each role's home page offers,
 * RoleHomesTest checks over HTTP; each role's own journey (from its home page to its main
 * job) runs in a browser at 375 and 1280 px.
 */
class RolesJourneyTest extends BrowserTest {

	@Test
	void anAdministratorsPagesFitA320PixelScreen() {
		driver.manage().window().setSize(new Dimension(320, 800));
		journeyFrom("/");
		assertFitsTheWindow();
		assertThat(driver.findElement(By.cssSelector(".govuk-service-navigation__toggle")).isDisplayed())
			.as("the menu folds into a button on a narrow screen")
			.isTrue();
		navigateTo("Sign in");
		assertFitsTheWindow();
		type("username", "demo-admin");
		type("password", TestUsers.DEMO_PASSWORD);
		press("Sign in");
		assertFitsTheWindow();

		navigateTo("Find support");
		type("q", "Saturday club");
		press("Search");
		assertFitsTheWindow();
		follow("Saturday club for children with a parent in prison (demo)");
		assertFitsTheWindow();

		navigateTo("Users");
		assertFitsTheWindow();
		follow("Add a user");
		assertFitsTheWindow();
		navigateTo("Organisations");
		assertFitsTheWindow();
		navigateTo("Localities");
		assertFitsTheWindow();
		navigateTo("Audit");
		type("actor", "demo-admin");
		press("Search");
		assertFitsTheWindow();
		follow("Accessibility statement");
		assertFitsTheWindow();
		follow("Family Matters");
		assertThat(heading()).isEqualTo("Welcome, Demo administrator");
		assertFitsTheWindow();
	}

}
