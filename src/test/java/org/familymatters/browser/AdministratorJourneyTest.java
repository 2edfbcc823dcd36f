package org.familymatters.browser;

import java.io.StringReader;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator's main job, from their home page, on a phone (375 px) and a desktop
 * (1280 px; finding users and keeping organisations on the phone only), every page
 * reached by links and buttons and checked for accessibility: they add a user with a role
 * that sees families' records, which waits; a second administrator approves it from their
 * own home page, refuses another, finds the approval in the audit trail by choosing its
 * filters, and downloads it as a spreadsheet; the new user signs in with their one-time
 * password, chooses their own, and issues and revokes an API token of their own.
 */
class AdministratorJourneyTest extends BrowserTest {

	@Autowired
	Clock clock;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void aRoleOneAdministratorGivesASecondApprovesAndTheTrailShowsIt(int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 1000));
		signIn("demo-admin", TestUsers.DEMO_PASSWORD);
		assertThat(heading()).isEqualTo("Welcome, Demo administrator");
		assertThat(navigation()).containsExactly("Home", "Find support", "Guides", "Resources", "News", "Networks",
				"Training and events", "Directory", "Refer a family", "Users", "Organisations", "Courts", "Prisons",
				"Localities", "Need areas", "Merges", "Audit");
		assertThat(text()).contains("Roles waiting for your approval", "Users", "Organisations", "Audit trail",
				"Your account", "What you can do");
		fits(width);

		followIn("Users", "Add a user");
		press("Add user");
		assertThat(driver.getTitle()).startsWith("Error: ");
		assertThat(text()).contains("Enter a username").contains("Select at least one role");
		fits(width);
		var username = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		var name = "Browser support worker " + username.substring(8);
		type("username", username);
		type("displayName", name);
		select("organisationId", "Family Matters");
		chooseLabelled("Support worker");
		press("Add user");
		assertThat(text()).contains("User added")
			.contains("Waiting for a second administrator: Support worker")
			.contains("Another administrator must approve or refuse it.");
		var oneTimePassword = driver.findElement(By.id("one-time-password")).getText();
		var userId = driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1);
		assertThat(driver.findElements(By.linkText("Issue an API token")))
			.as("administrators issue no token for someone else")
			.isEmpty();
		fits(width);

		followInRow("Name", "Change");
		type("displayName", "");
		press("Save changes");
		assertThat(text()).contains("Enter the user's name");
		type("displayName", name);
		chooseLabelled("Designated safeguarding lead");
		press("Save changes");
		assertThat(text()).contains("User saved")
			.contains("Waiting for a second administrator: Designated safeguarding lead");
		follow("Family Matters");
		assertThat(text()).contains("roles you asked for wait for another administrator");
		signOut();
		assertThat(text()).contains("You have signed out");

		// The second administrator decides, from their home page.
		signIn(TestUsers.SECOND_ADMINISTRATOR, TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Roles waiting for your approval");
		openWaitingGrant(name + " (" + username + "): Support worker", name);
		press("Approve Support worker");
		assertThat(text()).contains("The role is given");
		press("Refuse Designated safeguarding lead");
		assertThat(text()).contains("The role is refused").contains("Support worker");
		fits(width);

		// The approval in the audit trail, found by choosing its filters.
		follow("Family Matters");
		followIn("Audit trail", "Search the audit trail");
		select("action", "Approved a role another administrator asked for");
		select("recordType", "user");
		type("actor", "demo-admin-2");
		select("outcome", "Allowed");
		var today = LocalDate.now(clock);
		type("to", "1");
		type("to-month", "1");
		type("to-year", String.valueOf(today.getYear() - 1));
		type("from", String.valueOf(today.getDayOfMonth()));
		type("from-month", String.valueOf(today.getMonthValue()));
		type("from-year", String.valueOf(today.getYear()));
		press("Search");
		assertThat(text()).contains("The \"to\" date must be the same as or after the \"from\" date");
		type("to", String.valueOf(today.getDayOfMonth()));
		type("to-month", String.valueOf(today.getMonthValue()));
		type("to-year", String.valueOf(today.getYear()));
		type("recordId", userId);
		press("Search");
		assertThat(text()).contains("Showing 1 to 1 of 1 event")
			.contains("Approved a role another administrator asked for")
			.contains("SUPPORT_WORKER, requested by demo-admin");
		fits(width);
		screenshot("audit-" + width);
		var csv = download("Download this event as a spreadsheet (CSV)");
		var rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(Files.readString(csv)))
			.getRecords();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.get("Action code")).isEqualTo("ROLE_GRANT_APPROVED");
			assertThat(row.get("Who")).isEqualTo("demo-admin-2");
			assertThat(row.get("Record id")).isEqualTo(userId);
		});
		signOut();

		// The new user chooses their password and issues a token of their own.
		signIn(username, oneTimePassword);
		assertThat(heading()).isEqualTo("Choose a new password");
		type("currentPassword", oneTimePassword);
		type("newPassword", "three random words");
		type("confirmPassword", "three random words");
		press("Save password");
		assertThat(text()).contains("Your password has been changed");
		assertThat(navigation()).containsExactly("Home", "Find support", "Guides", "Resources", "News", "Networks",
				"Training and events", "Directory", "Refer a family", "Triage", "Families", "Outcomes");
		follow("Your account");
		follow("Issue an API token");
		press("Issue token");
		assertThat(text()).contains("Enter what the token is for");
		type("name", "School system");
		press("Issue token");
		assertThat(driver.findElement(By.id("api-token")).getText()).startsWith("fm_");
		fits(width);
		press("Revoke token School system");
		assertThat(text()).contains("The token is revoked");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void anAdministratorFindsUsersAndKeepsOrganisationsAndLocalities(int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 1000));
		signIn("demo-admin", TestUsers.DEMO_PASSWORD);
		screenshot("home-administrator-" + width);

		followIn("Users", "Find a user");
		assertThat(heading()).isEqualTo("Users");
		select("role", "Court desk volunteer");
		select("status", "Active");
		press("Search");
		assertThat(text()).contains("demo-volunteer").doesNotContain("demo-coordinator");
		fits(width);
		assertWithinTheWindow(driver.findElement(By.linkText("demo-volunteer")));
		type("search", "%00");
		press("Search");
		assertThat(text()).contains("No users match.");
		follow("Clear the filters");
		assertThat(text()).contains("Showing 1 to ");
		fits(width);
		screenshot("users-" + width);
		type("search", "demo-volunteer");
		press("Search");
		followInRow("demo-volunteer", "demo-volunteer");
		follow("What Demo court desk volunteer did");
		assertThat(heading()).isEqualTo("Audit trail");
		fits(width);

		follow("Family Matters");
		followIn("Organisations", "Add an organisation");
		press("Save");
		assertThat(text()).contains("Enter the organisation's name");
		follow("Family Matters");
		followIn("Organisations", "All organisations");
		assertThat(text()).contains("Family Matters");
		fits(width);
		follow("Family Matters");
		followIn("Organisations", "Localities");
		follow("Banbury");
		assertThat(heading()).isEqualTo("Change locality");
		fits(width);
	}

	/**
	 * Opens the user whose role waits, from the home page's section, or from the users
	 * page when more wait than the section shows.
	 */
	private void openWaitingGrant(String linkText, String name) {
		var section = driver
			.findElement(By.xpath("//section[.//h2[contains(normalize-space(), 'Roles waiting for your approval')]]"));
		if (!section.findElements(By.linkText(linkText)).isEmpty()) {
			followIn("Roles waiting for your approval", linkText);
			return;
		}
		followIn("Roles waiting for your approval", "All");
		follow(name + " (" + linkText.substring(name.length() + 2, linkText.indexOf(')')) + ")");
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
