package org.familymatters.browser;

import java.time.Duration;
import java.util.List;

import org.familymatters.directory.internal.GuideFeedback;
import org.familymatters.directory.internal.Guides;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family member reads a guide and says it was useful; a support worker changes a guide
 * and the public page shows the change; the guides fit a 320 pixel screen.
 */
class GuidesJourneyTest extends BrowserTest {

	@Autowired
	Guides guides;

	@Autowired
	GuideFeedback feedback;

	@Test
	void aFamilyMemberReadsAGuideAndSaysItWasUseful() {
		var guide = guides.findPublished("court-and-sentence").orElseThrow();
		var before = feedback.counts(guide.id());

		visit("/");
		follow("guides for families");
		assertThat(heading()).isEqualTo("Guides for families");
		assertThat(text()).contains("When someone is arrested", "Preparing for release");
		follow("Court and sentence");
		assertThat(heading()).isEqualTo("Court and sentence");
		assertThat(text()).contains("Support at court", "Last updated", "Was this page useful?");
		follow("Family Matters court desks");
		assertThat(heading()).isEqualTo("Family Matters court desks");
		driver.navigate().back();

		driver.findElement(By.cssSelector("button[name='answer'][value='yes']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(
				ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Thank you for your feedback"));
		checkPage();
		assertThat(heading()).isEqualTo("Court and sentence");
		assertThat(text()).contains("Thank you for your feedback");
		assertThat(driver.findElements(By.cssSelector("button[name='answer']"))).isEmpty();
		assertThat(feedback.counts(guide.id())).isEqualTo(new GuideFeedback.Counts(before.yes() + 1, before.no()));
	}

	@Test
	void aSupportWorkerChangesAGuideAndFamiliesSeeTheChange() {
		var guide = guides.findPublished("money-benefits-housing").orElseThrow();
		signIn("demo-support", TestUsers.DEMO_PASSWORD);
		follow("Directory");
		follow("Edit guides");
		assertThat(heading()).isEqualTo("Edit guides");
		follow("Money, benefits and housing");
		assertThat(heading()).isEqualTo("Money, benefits and housing");

		driver.findElement(By.id("body"))
			.sendKeys(Keys.chord(Keys.CONTROL, Keys.END),
					"\n\n## Help with school costs\n\nAsk your child's school about help with uniform and trips.");
		press("Preview");
		assertThat(text()).contains("Preview: not saved yet", "Help with school costs");
		assertThat(guides.findPublished("money-benefits-housing").orElseThrow()).isEqualTo(guide);

		type("changeNote", "Added help with school costs");
		press("Save");
		assertThat(text())
			.contains("Guide saved: Money, benefits and housing (version " + (guide.currentVersion() + 1) + ")");

		visit("/directory/guides/" + guide.id() + "/versions");
		assertThat(text()).contains("Added help with school costs", "First version");
		signOut();

		visit("/guides/money-benefits-housing");
		assertThat(driver.findElement(By.xpath("//h2[normalize-space()='Help with school costs']")).isDisplayed())
			.isTrue();
		assertThat(text()).contains("Ask your child's school about help with uniform and trips.");
	}

	@Test
	void guidesFitA320PixelScreen() {
		driver.manage().window().setSize(new Dimension(320, 800));
		for (var path : List.of("/guides", "/guides/arrest", "/guides/telling-the-children")) {
			visit(path);
			assertFits(path);
		}
		signIn("demo-support", TestUsers.DEMO_PASSWORD);
		var arrest = guides.findPublished("arrest").orElseThrow().id();
		for (var path : List.of("/directory/guides", "/directory/guides/" + arrest + "/edit",
				"/directory/guides/" + arrest + "/versions", "/directory/guides/" + arrest + "/versions/1")) {
			visit(path);
			assertFits(path);
		}
	}

	private void assertFits(String path) {
		var js = (JavascriptExecutor) driver;
		long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
		long viewport = (Long) js.executeScript("return document.documentElement.clientWidth");
		assertThat(scrollWidth).as("page width at 320 px of %s", path).isLessThanOrEqualTo(viewport);
	}

}
