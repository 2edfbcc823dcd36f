package org.familymatters.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resources page's filter works with JavaScript turned off, reached from the start
 * page by its link, on a phone.
 */
class ResourcesWithoutJavaScriptJourneyTest extends BrowserTest {

	@Override
	boolean javaScript() {
		return false;
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aFamilyFiltersTheResourcesWithoutJavaScript(int width) {
		driver.manage().window().setSize(new Dimension(width, 1000));
		journeyFrom("/");
		follow("resources page");
		assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
		new Select(driver.findElement(By.id("audience"))).selectByVisibleText("Families");
		press("Show resources");
		assertThat(text()).contains("Showing resources for families.")
			.contains("Prisoners' Women")
			.doesNotContain("Hidden Sentence");
		follow("Show all resources");
		assertThat(text()).contains("Hidden Sentence");
	}

}
