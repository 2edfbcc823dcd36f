package org.familymatters.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.familymatters.identity.Role;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role signs in from the start page and arrives at their home page: their roles and
 * account, the sections their roles' modules give them, and what they can do, which is
 * the navigation of their roles and nothing else (what the others may not open,
 * RoleMatrixTest refuses over HTTP). The roles take turns on a phone (375 px) and a
 * desktop (1280 px), as the navigation is the same at both; each role's own journey (from
 * its home page to its main job) runs at both widths. With {@code -Dscreenshots} a
 * picture of each home page is kept under target/screenshots. At 320 px an administrator
 * goes through the pages of their job, each fitting the screen.
 */
class RolesJourneyTest extends BrowserTest {

	static Stream<Arguments> rolesAndWidths() {
		return Arrays.stream(Role.values()).map(role -> Arguments.of(role, (role.ordinal() % 2 == 0) ? 375 : 1280));
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@MethodSource("rolesAndWidths")
	void eachRoleArrivesAtItsHomeWithOnlyItsOwnEntries(Role role, int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 1000));
		signIn(TestUsers.demoUsername(role), TestUsers.DEMO_PASSWORD);
		assertThat(heading()).startsWith("Welcome, ");
		assertThat(text()).as(role.name()).contains(role.label()).contains("Your account").contains("What you can do");
		assertThat(navigation()).as(role.name()).containsExactlyElementsOf(expectedNavigation(role));
		var whatYouCanDo = driver
			.findElements(By.xpath("//h2[normalize-space()='What you can do']/following-sibling::ul[1]//a"))
			.stream()
			.map(link -> link.getText())
			.toList();
		assertThat(whatYouCanDo).as("the home page lists what the navigation offers")
			.containsExactlyElementsOf(expectedNavigation(role).subList(1, expectedNavigation(role).size()));
		if (width < 400) {
			assertFitsTheWindow();
		}
		screenshot("home-" + role.name().toLowerCase(Locale.ROOT) + "-" + width);
		signOut();
		assertThat(text()).contains("You have signed out");
	}

	private static List<String> expectedNavigation(Role role) {
		var everyone = List.of("Home", "Find support", "Guides", "Resources");
		var own = switch (role) {
			case SUPPORT_WORKER -> List.of("Directory", "Refer a family", "Triage", "Families");
			case VOLUNTEER -> List.of("Record a contact", "Contacts", "Shifts");
			case COURT_DESK_COORDINATOR -> List.of("Contacts", "Rota", "Court desk statistics", "Refer a family");
			case MANAGER -> List.of("Court desk statistics", "Refer a family");
			case SAFEGUARDING_LEAD -> List.of("Refer a family", "Families shared with you", "Safeguarding requests");
			case AGENCY_PRACTITIONER -> List.of("Refer a family", "Families shared with you", "Share without consent");
			case ADMINISTRATOR -> List.of("Directory", "Refer a family", "Users", "Organisations", "Courts",
					"Localities", "Merges", "Audit");
			default -> List.of("Refer a family");
		};
		var expected = new ArrayList<>(everyone);
		expected.addAll(own);
		return expected;
	}

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
