package org.familymatters.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public, from the start page and by links and buttons only, on a phone
 * (375 px; the search with no local match on a desktop, 1280 px): finds a weekend service
 * for a 10-year-old in Banbury; searches for something with no local match and is shown
 * the national helplines, each with a number to ring; and from Family Matters' own court
 * desk service reaches "Ask for support". Every page passes the accessibility check; on
 * the phone none scrolls sideways.
 */
class FindSupportJourneyTest extends BrowserTest {

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aFamilyFindsAWeekendServiceForAChildInBanbury(int width) {
		driver.manage().window().setSize(new Dimension(width, 1000));
		journeyFrom("/");
		follow("Find support");
		assertThat(heading()).isEqualTo("Find support");

		type("age", "ten");
		press("Search");
		assertThat(text()).contains("Enter an age as a number, like 10");

		new Select(driver.findElement(By.id("place"))).selectByVisibleText("Banbury (Oxfordshire)");
		type("age", "10");
		choose("weekends");
		press("Search");
		assertThat(text()).contains("1 service found");
		fits(width);

		follow("Saturday club for children with a parent in prison (demo)");
		assertThat(text()).contains("Saturday: 10:00 to 12:00").contains("Ages 5 to 16");
		fits(width);
		follow("Find support");
		assertThat(heading()).isEqualTo("Find support");
	}

	/**
	 * Issue 11's "done when": a member of the public searching for something with no
	 * local match is shown national help with a phone number.
	 */
	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 1280)
	void someoneWithNoLocalMatchIsShownNationalHelpWithAPhoneNumber(int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 1000));
		journeyFrom("/");
		navigateTo("Find support");
		type("q", "astronomy telescopes");
		new Select(driver.findElement(By.id("place"))).selectByVisibleText("Slough (Berkshire)");
		press("Search");
		assertThat(text()).contains("No services found").contains("National helplines for families of prisoners");
		var number = driver.findElement(By.cssSelector(".fm-national-help a[href='tel:08088082003']"));
		assertThat(number.getText()).isEqualTo("0808 808 2003");
		assertWithinTheWindow(number);
		fits(width);
		screenshot("find-support-national-help-" + width);

		follow("Prisoners' Families Helpline");
		assertThat(heading()).isEqualTo("Prisoners' Families Helpline");
		assertThat(text()).contains("0808 808 2003").contains("Prison Advice and Care Trust (Pact)");
		fits(width);

		follow("Find support");
		type("q", "court desks");
		press("Search");
		follow("Family Matters court desks");
		assertThat(text()).contains("one of Family Matters' own services")
			.doesNotContain("We do not have contact details");
		fits(width);
		screenshot("find-support-own-service-" + width);
		submitLink(By.cssSelector("#main-content a.govuk-button[href='/ask-for-support']"));
		assertThat(driver.getCurrentUrl()).contains("/ask-for-support");
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(7);
	}

	private void submitLink(By link) {
		driver.findElement(link).click();
		checkPage();
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
