package org.familymatters.browser;

import org.familymatters.directory.GuideFeedback;
import org.familymatters.directory.Guides;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
		follow("Finding out where someone is held");
		driver.findElement(By.cssSelector("button[name='answer'][value='no']")).click();
		checkPage();
		assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).doesNotContain("js-enabled");
		assertThat(text()).contains("Thank you for your feedback");
		assertThat(feedback.counts(guide.id())).isEqualTo(new GuideFeedback.Counts(before.yes(), before.no() + 1));
	}

}
