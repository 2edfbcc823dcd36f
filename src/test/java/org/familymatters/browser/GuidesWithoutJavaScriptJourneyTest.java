package org.familymatters.browser;

import java.time.Duration;

import org.familymatters.directory.internal.GuideFeedback;
import org.familymatters.directory.internal.Guides;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** "Was this page useful?" works with JavaScript turned off. */
class GuidesWithoutJavaScriptJourneyTest extends BrowserTest {

	@Autowired
	Guides guides;

	@Autowired
	GuideFeedback feedback;

	@Override
	boolean javaScript() {
		return false;
	}

	@Test
	void aFamilyMemberSaysAGuideWasNotUsefulWithoutJavaScript() {
		var guide = guides.findPublished("finding-someone").orElseThrow();
		var before = feedback.counts(guide.id());
		visit("/guides");
		assertThat(driver.findElement(By.linkText("Finding out where someone is held")).getAttribute("href"))
			.endsWith("/guides/finding-someone");
		visit("/guides/finding-someone");
		driver.findElement(By.cssSelector("button[name='answer'][value='no']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(
				ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Thank you for your feedback"));
		checkPage();
		assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("js-enabled");
		assertThat(text()).contains("Thank you for your feedback");
		assertThat(feedback.counts(guide.id())).isEqualTo(new GuideFeedback.Counts(before.yes(), before.no() + 1));
	}

}
