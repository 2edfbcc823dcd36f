package org.familymatters.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public finds a weekend service for a 10-year-old in Banbury from the
 * start page.
 */
class FindSupportJourneyTest extends BrowserTest {

	@Test
	void aFamilyFindsAWeekendServiceForAChildInBanbury() {
		visit("/");
		follow("Find support");
		assertThat(heading()).isEqualTo("Find support");

		type("age", "ten");
		press("Search");
		assertThat(text()).contains("Enter an age as a number, like 10");

		new Select(driver.findElement(By.id("place"))).selectByVisibleText("Banbury (Oxfordshire)");
		type("age", "10");
		driver.findElement(By.id("weekends")).click();
		press("Search");
		assertThat(text()).contains("1 service found");

		follow("Saturday club for children with a parent in prison (demo)");
		assertThat(text()).contains("Saturday: 10:00 to 12:00").contains("Ages 5 to 16");
		follow("Find support");
		assertThat(heading()).isEqualTo("Find support");
	}

}
