package org.familymatters.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public, on a phone (375 px) and a desktop (1280 px), from the start
 * page: the service navigation leads to every public page and to signing in, the footer
 * to the statements, and a wrong address back to the start; every page checked for
 * accessibility and, on the phone, for fitting the screen.
 */
class PublicPagesJourneyTest extends BrowserTest {

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void aVisitorReadsThePublicPagesAndReachesSignIn(int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 900));
		int before = pagesChecked();
		journeyFrom("/");
		assertThat(heading()).contains("Support for the families of prisoners");
		assertThat(navigation()).containsExactly("Find support", "Guides", "Resources", "News", "Training and events",
				"Ask for support", "Sign in");
		fits(width);
		screenshot("start-" + width);

		follow("Accessibility statement");
		assertThat(heading()).contains("Accessibility statement");
		follow("Privacy notice");
		assertThat(heading()).isEqualTo("Privacy notice");
		follow("Cookies");
		assertThat(text()).contains("FM_SESSION");
		fits(width);

		navigateTo("Find support");
		assertThat(heading()).isEqualTo("Find support");
		fits(width);
		navigateTo("Guides");
		assertThat(driver.getCurrentUrl()).endsWith("/guides");
		fits(width);
		navigateTo("Resources");
		assertThat(driver.getCurrentUrl()).endsWith("/resources");
		fits(width);
		navigateTo("News");
		assertThat(driver.getCurrentUrl()).endsWith("/news");
		fits(width);
		navigateTo("Ask for support");
		assertThat(driver.getCurrentUrl()).contains("/ask-for-support");
		fits(width);
		follow("Family Matters");
		assertThat(heading()).contains("Support for the families of prisoners");
		navigateTo("Sign in");
		assertThat(heading()).isEqualTo("Sign in");
		fits(width);
		assertThat(pagesChecked() - before).as("pages checked for accessibility").isEqualTo(11);
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void aWrongPasswordShowsTheErrorSummary(int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		signIn("demo-volunteer", "not the password");
		assertThat(driver.getTitle()).startsWith("Error: Sign in");
		assertThat(text()).contains("There is a problem").contains("Enter a correct username and password");
		fits(width);
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void aWrongAddressLeadsBackToTheStart(int width) {
		driver.manage().window().setSize(new Dimension(width, 900));
		journeyFromAWrongAddress("/no-such-page");
		fits(width);
		follow("Go to the start page");
		assertThat(heading()).contains("Support for the families of prisoners");
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
