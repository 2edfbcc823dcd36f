package org.familymatters.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** The resources page's filter works with JavaScript turned off in the browser. */
class ResourcesWithoutJavaScriptJourneyTest extends BrowserTest {

	@Override
	boolean javaScript() {
		return false;
	}

	@Test
	void aFamilyFiltersTheResourcesWithoutJavaScript() {
		visit("/resources");
		assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("js-enabled");
		new Select(driver.findElement(By.id("audience"))).selectByVisibleText("Families");
		press("Show resources");
		assertThat(text()).contains("Showing resources for families.")
			.contains("Prisoners' Women")
			.doesNotContain("Hidden Sentence");
		follow("Show all resources");
		assertThat(text()).contains("Hidden Sentence");
	}

}
