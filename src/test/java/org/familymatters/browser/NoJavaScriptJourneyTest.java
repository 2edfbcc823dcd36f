package org.familymatters.browser;

import java.util.UUID;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** The same forms work with JavaScript turned off in the browser. */
class NoJavaScriptJourneyTest extends BrowserTest {

	@Override
	boolean javaScript() {
		return false;
	}

	@Test
	void anAdministratorAddsALocalityWithoutJavaScript() {
		signIn("demo-admin", TestUsers.DEMO_PASSWORD);
		assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("js-enabled");
		assertThat(navigation()).contains("Localities");
		follow("Localities");
		follow("Add a locality");
		press("Save");
		assertThat(text()).contains("Enter the locality's name");
		var name = "Thame " + UUID.randomUUID().toString().substring(0, 4);
		type("name", name);
		type("county", "Oxfordshire");
		press("Save");
		assertThat(text()).contains("Locality added: " + name).contains(name);
		signOut();
		assertThat(text()).contains("You have signed out");
	}

}
