package org.familymatters.browser;

import java.util.List;

import org.familymatters.identity.Role;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import static org.assertj.core.api.Assertions.assertThat;

class RolesJourneyTest extends BrowserTest {

	@Test
	void eachRoleSeesOnlyItsOwnEntriesAndIsRefusedTheRest() {
		for (var role : Role.values()) {
			driver.manage().deleteAllCookies();
			signIn(TestUsers.demoUsername(role), TestUsers.DEMO_PASSWORD);
			assertThat(text()).as(role.name()).contains(role.label());
			if (role == Role.ADMINISTRATOR) {
				assertThat(navigation()).contains("Find support", "Guides", "Resources", "Directory", "Users", "Audit");
				continue;
			}
			var everyone = List.of("Home", "Find support", "Guides", "Resources");
			var own = switch (role) {
				case SUPPORT_WORKER -> List.of("Directory", "Refer a family", "Triage", "Families");
				case VOLUNTEER -> List.of("Record a contact", "Contacts", "Shifts");
				case COURT_DESK_COORDINATOR -> List.of("Contacts", "Rota", "Court desk statistics", "Refer a family");
				case MANAGER -> List.of("Court desk statistics", "Refer a family");
				case SAFEGUARDING_LEAD -> List.of("Refer a family", "Safeguarding requests");
				case AGENCY_PRACTITIONER -> List.of("Refer a family", "Share without consent");
				default -> List.of("Refer a family");
			};
			var expected = new java.util.ArrayList<>(everyone);
			expected.addAll(own);
			assertThat(navigation()).as(role.name()).containsExactlyElementsOf(expected);
			visit("/admin/users");
			assertThat(heading()).isEqualTo("You do not have permission to see this page");
		}
	}

	@Test
	void pagesFitA320PixelScreen() {
		signIn("demo-admin", TestUsers.DEMO_PASSWORD);
		driver.manage().window().setSize(new Dimension(320, 800));
		for (var path : List.of("/", "/sign-in", "/home", "/support?q=help",
				"/support/de000000-0000-4000-8000-000000000101", "/admin/users", "/admin/users/new",
				"/admin/organisations", "/admin/localities", "/admin/audit?actor=demo-admin", "/accessibility")) {
			visit(path);
			var js = (JavascriptExecutor) driver;
			long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
			long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
			assertThat(scrollWidth).as("page width at 320 px of %s", path).isLessThanOrEqualTo(viewport);
		}
		assertThat(driver.findElement(By.cssSelector(".govuk-service-navigation__toggle")).isDisplayed())
			.as("the menu folds into a button on a narrow screen")
			.isTrue();
	}

}
