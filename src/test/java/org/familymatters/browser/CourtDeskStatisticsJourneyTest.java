package org.familymatters.browser;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator opens the court desk statistics from the navigation, filters them to
 * one court and a few months (after a month the page cannot read), and sees the chart and
 * the tables with exact counts; the manager sees the same month as "fewer than 5", on a
 * 320 px wide screen too. Every page passes the accessibility check.
 */
class CourtDeskStatisticsJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	String courtName;

	@BeforeAll
	void recordContacts() {
		var court = UUID.randomUUID();
		courtName = "Journey statistics court " + court.toString().substring(0, 8);
		jdbc.sql("insert into court (id, name, town) values (:id, :name, 'Testbury')")
			.param("id", court)
			.param("name", courtName)
			.update();
		var volunteer = jdbc.sql("select id from user_account where username = 'demo-volunteer'")
			.query(UUID.class)
			.single();
		// Six contacts in June 2018 and two in July 2018.
		for (int i = 0; i < 8; i++) {
			var at = Instant.parse((i < 6) ? "2018-06-1" + i + "T10:00:00Z" : "2018-07-0" + (i - 5) + "T10:00:00Z");
			jdbc.sql(
					"""
							insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, occurred_at, relationship,
							    outcome, children_count, emotional_support, agrees_to_contact)
							values (:id, :key, :by, :court, :at, 'parent', 'immediate_custody', 1, true, false)
							""")
				.param("id", UUID.randomUUID())
				.param("key", UUID.randomUUID())
				.param("by", volunteer)
				.param("court", court)
				.param("at", at.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	private void filter(String from, String to) {
		new Select(driver.findElement(By.id("court"))).selectByVisibleText(courtName);
		type("from", from);
		type("to", to);
		press("Show statistics");
	}

	private String chart() {
		return driver.findElement(By.id("contacts-chart")).getText() + " "
				+ driver.findElement(By.cssSelector("#contacts-chart desc")).getAttribute("textContent");
	}

	@Test
	void theCoordinatorSeesExactCountsAndTheManagerSeesFewerThanFive() {
		signIn(TestUsers.demoUsername(Role.COURT_DESK_COORDINATOR), TestUsers.DEMO_PASSWORD);
		follow("Court desk statistics");
		assertThat(heading()).isEqualTo("Court desk statistics");
		assertThat(driver.findElements(By.id("contacts-chart"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector("table.govuk-table"))).hasSizeGreaterThanOrEqualTo(5);

		filter("2018-07", "2018-06");
		assertThat(text()).contains("There is a problem")
			.contains("The last month must be the same as or after the first month");
		assertThat(driver.getTitle()).startsWith("Error:");
		assertThat(driver.findElements(By.id("contacts-chart"))).isEmpty();

		filter("2018-05", "2018-07");
		assertThat(text()).contains("Statistics for " + courtName + ", May 2018 to July 2018")
			.contains("You see exact counts");
		var svg = driver.findElement(By.id("contacts-chart"));
		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(svg.findElement(By.tagName("title")).getAttribute("textContent"))
			.isEqualTo("Contacts per month, " + courtName + ", May 2018 to July 2018");
		assertThat(chart()).contains("May 2018: 0; June 2018: 6; July 2018: 2");
		assertThat(svg.findElements(By.tagName("rect"))).hasSize(2);
		var contacts = driver.findElement(By.xpath("//table[caption='Contacts by court and month']")).getText();
		assertThat(contacts).contains("June 2018 6").contains("July 2018 2").contains("All months 8");
		assertThat(driver.findElement(By.id("csv-link")).getAttribute("href"))
			.endsWith("/court-desk/statistics.csv?court="
					+ new Select(driver.findElement(By.id("court"))).getFirstSelectedOption().getAttribute("value")
					+ "&from=2018-05&to=2018-07");
		signOut();

		signIn(TestUsers.demoUsername(Role.MANAGER), TestUsers.DEMO_PASSWORD);
		driver.manage().window().setSize(new Dimension(320, 800));
		visit("/court-desk/statistics");
		filter("2018-05", "2018-07");
		assertThat(text()).contains("Any count below 5 (including none) is shown as").doesNotContain("You see exact");
		assertThat(chart()).contains("May 2018: fewer than 5; June 2018: 6; July 2018: fewer than 5");
		assertThat(driver.findElement(By.id("contacts-chart")).findElements(By.tagName("rect"))).hasSize(1);
		var managerContacts = driver.findElement(By.xpath("//table[caption='Contacts by court and month']"))
			.getAttribute("textContent");
		assertThat(managerContacts).contains("fewer than 5").contains("6").contains("8");
		assertThat(((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
			.as("nothing wider than a 320 px screen")
			.isEqualTo(true);
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(8);
	}

}
