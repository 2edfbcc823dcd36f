package org.familymatters.browser;

import java.time.Duration;

import org.familymatters.directory.internal.GuideFeedback;
import org.familymatters.directory.internal.Guides;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A family member, from the start page, reads a guide and says it was useful; a support
 * worker, from their home page, changes a guide, looks at its history, and the public
 * page shows the change; the guides, for families and for their editors, fit a 320 px
 * screen. By links and buttons only; every page checked for accessibility.
 */
class GuidesJourneyTest extends BrowserTest {

	@Autowired
	Guides guides;

	@Autowired
	GuideFeedback feedback;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aFamilyMemberReadsAGuideAndSaysItWasUseful(int width) throws Exception {
		var guide = guides.findPublished("court-and-sentence").orElseThrow();
		var before = feedback.counts(guide.id());
		driver.manage().window().setSize(new Dimension(width, 1000));

		journeyFrom("/");
		follow("guides for families");
		assertThat(heading()).isEqualTo("Guides for families");
		assertThat(text()).contains("When someone is arrested", "Preparing for release");
		follow("Court and sentence");
		assertThat(heading()).isEqualTo("Court and sentence");
		assertThat(text()).contains("Support at court", "Last updated", "Was this page useful?");
		if (width < 400) {
			assertFitsTheWindow();
			screenshot("guide-375");
		}
		follow("Family Matters court desks");
		assertThat(heading()).isEqualTo("Family Matters court desks");
		driver.navigate().back();

		driver.findElement(By.cssSelector("button[name='answer'][value='yes']")).click();
		waitFor(Duration.ofSeconds(10)).until(
				ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Thank you for your feedback"));
		checkPage();
		assertThat(heading()).isEqualTo("Court and sentence");
		assertThat(text()).contains("Thank you for your feedback");
		assertThat(driver.findElements(By.cssSelector("button[name='answer']"))).isEmpty();
		assertThat(feedback.counts(guide.id())).isEqualTo(new GuideFeedback.Counts(before.yes() + 1, before.no()));
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 1280)
	void aSupportWorkerChangesAGuideAndFamiliesSeeTheChange(int width) throws Exception {
		var guide = guides.findPublished("money-benefits-housing").orElseThrow();
		var section = "Help with school costs " + width;
		driver.manage().window().setSize(new Dimension(width, 1000));
		signInFromTheStart("demo-support", TestUsers.DEMO_PASSWORD);
		navigateTo("Directory");
		follow("Edit guides");
		assertThat(heading()).isEqualTo("Edit guides");
		if (width < 400) {
			assertFitsTheWindow();
			screenshot("guides-manage-375");
		}
		follow("Money, benefits and housing");
		assertThat(heading()).isEqualTo("Money, benefits and housing");

		driver.findElement(By.id("body"))
			.sendKeys(Keys.chord(Keys.CONTROL, Keys.END),
					"\n\n## " + section + "\n\nAsk your child's school about help with uniform and trips.");
		press("Preview");
		assertThat(text()).contains("Preview: not saved yet", section);
		assertThat(guides.findPublished("money-benefits-housing").orElseThrow()).isEqualTo(guide);

		type("changeNote", "Added " + section);
		press("Save");
		var saved = guides.findPublished("money-benefits-housing").orElseThrow();
		assertThat(text())
			.contains("Guide saved: Money, benefits and housing (version " + saved.currentVersion() + ")");

		driver
			.findElement(By.xpath(
					"//tr[contains(., 'Money, benefits and housing')]//a[starts-with(normalize-space(.), 'History')]"))
			.click();
		checkPage();
		assertThat(text()).contains("Added " + section, "First version");
		signOut();

		navigateTo("Guides");
		follow("Money, benefits and housing");
		assertThat(driver.findElement(By.xpath("//h2[normalize-space()='" + section + "']")).isDisplayed()).isTrue();
		assertThat(text()).contains("Ask your child's school about help with uniform and trips.");
	}

	@Test
	void guidesFitA320PixelScreen() throws Exception {
		driver.manage().window().setSize(new Dimension(320, 800));
		journeyFrom("/");
		follow("guides for families");
		assertFitsTheWindow();
		follow("When someone is arrested");
		assertFitsTheWindow();
		follow("All guides");
		follow("Telling the children");
		assertFitsTheWindow();

		navigateTo("Sign in");
		type("username", "demo-support");
		type("password", TestUsers.DEMO_PASSWORD);
		press("Sign in");
		navigateTo("Directory");
		follow("Edit guides");
		assertFitsTheWindow();
		follow("When someone is arrested");
		assertFitsTheWindow();
		follow("Edit guides");
		driver
			.findElement(By
				.xpath("//tr[contains(., 'When someone is arrested')]//a[starts-with(normalize-space(.), 'History')]"))
			.click();
		checkPage();
		assertFitsTheWindow();
		screenshot("guide-history-320");
		driver.findElement(By.xpath("//th//a[normalize-space(.)='Version 1']")).click();
		checkPage();
		assertFitsTheWindow();
	}

}
