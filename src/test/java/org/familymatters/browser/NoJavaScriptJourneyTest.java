package org.familymatters.browser;

import java.util.UUID;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same pages work with JavaScript turned off in the browser, on a phone (375 px): an
 * administrator signs in from the start page, reaches the localities from their home page
 * and adds one, and finds a user by the list's filters.
 */
class NoJavaScriptJourneyTest extends BrowserTest {

	@Override
	boolean javaScript() {
		return false;
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void anAdministratorAddsALocalityWithoutJavaScript(int width) {
		driver.manage().window().setSize(new Dimension(width, 1000));
		signIn("demo-admin", TestUsers.DEMO_PASSWORD);
		assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
		assertThat(heading()).isEqualTo("Welcome, Demo administrator");
		assertThat(navigation()).contains("Localities");

		followIn("Organisations", "Localities");
		follow("Add a locality");
		press("Save");
		assertThat(text()).contains("Enter the locality's name");
		var name = "Thame " + UUID.randomUUID().toString().substring(0, 4);
		type("name", name);
		type("county", "Oxfordshire");
		press("Save");
		assertThat(text()).contains("Locality added: " + name).contains(name);

		follow("Family Matters");
		followIn("Users", "Find a user");
		select("role", "Administrator");
		press("Search");
		assertThat(text()).contains("demo-admin-2").doesNotContain("demo-volunteer");
		signOut();
		assertThat(text()).contains("You have signed out");
	}

}
