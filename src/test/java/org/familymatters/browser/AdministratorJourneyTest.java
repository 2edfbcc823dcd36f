package org.familymatters.browser;

import java.util.UUID;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

class AdministratorJourneyTest extends BrowserTest {

	@Test
	void anAdministratorManagesUsersAndTheNewUserChoosesAPassword() {
		signIn("demo-admin", "family-matters-demo");
		assertThat(heading()).isEqualTo("Welcome, Demo administrator");
		assertThat(navigation()).containsExactly("Home", "Find support", "Guides", "Resources", "Directory",
				"Refer a family", "Users", "Organisations", "Courts", "Localities", "Merges", "Audit");

		follow("Users");
		assertThat(text()).contains("demo-volunteer");
		follow("Add a user");
		press("Add user");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(text()).contains("Enter a username").contains("Select at least one role");

		var username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		type("username", username);
		type("displayName", "Browser test support worker");
		new Select(driver.findElement(By.id("organisationId"))).selectByVisibleText("Family Matters");
		driver.findElement(By.cssSelector("input[name=roles][value=SUPPORT_WORKER]")).click();
		press("Add user");
		assertThat(text()).contains("User added")
			.contains("Waiting for a second administrator: Support worker")
			.contains("Another administrator must approve or refuse it.");
		var oneTimePassword = driver.findElement(By.id("one-time-password")).getText();
		assertThat(driver.findElements(By.linkText("Issue an API token")))
			.as("administrators issue no token for someone else")
			.isEmpty();

		driver.findElement(By.xpath("//a[contains(., 'Change') and contains(., 'name')]")).click();
		checkPage();
		type("displayName", "");
		press("Save changes");
		assertThat(text()).contains("Enter the user's name");
		type("displayName", "Browser test lead");
		driver.findElement(By.cssSelector("input[name=roles][value=SAFEGUARDING_LEAD]")).click();
		press("Save changes");
		assertThat(text()).contains("User saved")
			.contains("Waiting for a second administrator: Designated safeguarding lead");

		follow("Organisations");
		follow("Add an organisation");
		press("Save");
		assertThat(text()).contains("Enter the organisation's name");

		follow("Localities");
		follow("Banbury");
		assertThat(heading()).isEqualTo("Change locality");

		follow("Audit");
		type("actor", "demo-admin");
		type("from", "31");
		type("from-month", "2");
		type("from-year", "2026");
		press("Search");
		assertThat(text()).contains("Enter a real date");
		type("from", "1");
		press("Search");
		assertThat(text()).contains("USER_CREATED").contains("ROLE_GRANT_REQUESTED");

		signOut();
		assertThat(text()).contains("You have signed out");

		// A second administrator approves one role and refuses the other.
		signIn(TestUsers.SECOND_ADMINISTRATOR, TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Roles waiting for your approval");
		visit("/admin/users?search=" + username);
		follow(username);
		press("Approve Support worker");
		assertThat(text()).contains("The role is given");
		press("Refuse Designated safeguarding lead");
		assertThat(text()).contains("The role is refused").contains("Support worker");
		signOut();

		signIn(username, oneTimePassword);
		assertThat(heading()).isEqualTo("Choose a new password");
		type("currentPassword", oneTimePassword);
		type("newPassword", "three random words");
		type("confirmPassword", "three random words");
		press("Save password");
		assertThat(text()).contains("Your password has been changed");
		assertThat(navigation()).containsExactly("Home", "Find support", "Guides", "Resources", "Directory",
				"Refer a family", "Triage", "Families");

		// The user issues their own API token, sees it once, and revokes it.
		follow("Your account");
		follow("Issue an API token");
		press("Issue token");
		assertThat(text()).contains("Enter what the token is for");
		type("name", "School system");
		press("Issue token");
		assertThat(driver.findElement(By.id("api-token")).getText()).startsWith("fm_");
		press("Revoke token School system");
		assertThat(text()).contains("The token is revoked");
	}

}
