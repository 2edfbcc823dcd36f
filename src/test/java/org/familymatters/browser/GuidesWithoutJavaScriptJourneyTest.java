package org.familymatters.browser;

import java.time.Duration;

import org.familymatters.directory.internal.GuideFeedback;
import org.familymatters.directory.internal.Guides;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript turned off, from the start page and by links only, on a phone: a family
 * member reaches a guide and answers "Was this page useful?".
 */
class GuidesWithoutJavaScriptJourneyTest extends BrowserTest {

	@Autowired
	Guides guides;

	@Autowired
	GuideFeedback feedback;

	@Override
	boolean javaScript() {
		return false;
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aFamilyMemberSaysAGuideWasNotUsefulWithoutJavaScript(int width) {
		var guide = guides.findPublished("finding-someone").orElseThrow();
		var before = feedback.counts(guide.id());
		driver.manage().window().setSize(new Dimension(width, 1000));
		journeyFrom("/");
		navigateTo("Guides");
		assertThat(driver.findElement(By.linkText("Finding out where someone is held")).getDomAttribute("href"))
			.endsWith("/guides/finding-someone");
		follow("Finding out where someone is held");
		driver.findElement(By.cssSelector("button[name='answer'][value='no']")).click();
		waitFor(Duration.ofSeconds(10)).until(
				ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Thank you for your feedback"));
		checkPage();
		assertThat(driver.findElement(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
		assertThat(text()).contains("Thank you for your feedback");
		assertThat(feedback.counts(guide.id())).isEqualTo(new GuideFeedback.Counts(before.yes(), before.no() + 1));
	}

}
