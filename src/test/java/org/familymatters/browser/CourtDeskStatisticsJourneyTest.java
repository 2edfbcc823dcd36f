package org.familymatters.browser;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator opens the court desk statistics from the navigation, filters them to
 * one court and a few months (after a month the page cannot read), and sees the chart and
 * the tables with exact counts; the manager goes from their home page's statistics to the
 * same months, and sees a count from 1 to 4 as "fewer than 5" and none as 0. On a phone
 * desktop (1280 px; the manager's journey in CourtDeskRoleJourneysTest reads them on a
 * phone too), with every month of the chart, the last included, and every table on the
 * screen without scrolling sideways. Every page passes the accessibility check.
 */
class CourtDeskStatisticsJourneyTest extends CourtDeskBrowserTest {

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

	/**
	 * The chart's last month, and every table, are on the screen: nothing to scroll. (On
	 * a desktop a table with more courts than fit scrolls within its own region.)
	 */
	private void everyMonthOnTheScreen(String lastMonth) {
		assertFitsTheWindow();
		var labels = driver.findElements(By.cssSelector("#contacts-chart text"));
		var last = labels.stream()
			.filter(label -> label.getText().equals(lastMonth))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + lastMonth + " in the chart"));
		assertWithinTheWindow(last);
		for (var region : driver.findElements(By.cssSelector("main .fm-table-wrapper"))) {
			assertWithinTheWindow(region);
		}
		if (driver.manage().window().getSize().getWidth() == PHONE) {
			for (var table : driver.findElements(By.cssSelector("main table"))) {
				assertWithinTheWindow(table);
			}
		}
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = DESKTOP)
	void theCoordinatorSeesExactCountsAndTheManagerSeesFewerThanFiveForOneToFour(int width) {
		startSignedIn(width, TestUsers.demoUsername(Role.COURT_DESK_COORDINATOR), TestUsers.DEMO_PASSWORD);
		navigateTo("Court desk statistics");
		assertThat(heading()).isEqualTo("Court desk statistics");
		assertThat(driver.findElements(By.id("contacts-chart"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector("table.govuk-table"))).hasSizeGreaterThanOrEqualTo(5);
		var thisMonth = YearMonth.now(ServiceTime.ZONE);
		everyMonthOnTheScreen(thisMonth.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK)));

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
		var contacts = driver.findElement(By.xpath("//table[caption='Contacts by court and month']"))
			.getAttribute("textContent")
			.replaceAll("\\s+", " ");
		assertThat(contacts).contains("June 2018 6").contains("July 2018 2").contains("All months 8");
		assertThat(driver.findElement(By.id("csv-link")).getAttribute("href"))
			.endsWith("/court-desk/statistics.csv?court="
					+ new Select(driver.findElement(By.id("court"))).getFirstSelectedOption().getAttribute("value")
					+ "&from=2018-05&to=2018-07");
		everyMonthOnTheScreen("Jul 2018");
		signOut();

		signInHere(TestUsers.demoUsername(Role.MANAGER), TestUsers.DEMO_PASSWORD);
		assertThat(homeSection("Court desk statistics")).contains(", all courts: ");
		followVisible("Court desk statistics by court and month");
		filter("2018-05", "2018-07");
		assertThat(text()).contains("A count from 1 to 4 is shown as").doesNotContain("You see exact");
		assertThat(chart()).contains("May 2018: 0; June 2018: 6; July 2018: fewer than 5");
		assertThat(driver.findElement(By.id("contacts-chart")).findElements(By.tagName("rect"))).hasSize(1);
		var managerContacts = driver.findElement(By.xpath("//table[caption='Contacts by court and month']"))
			.getAttribute("textContent")
			.replaceAll("\\s+", " ");
		assertThat(managerContacts).contains("May 2018 0")
			.contains("June 2018 6")
			.contains("July 2018 fewer than 5")
			.contains("All months 8");
		everyMonthOnTheScreen("Jul 2018");
		signOut();
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(8);
	}

}
