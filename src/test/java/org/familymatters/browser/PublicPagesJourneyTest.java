package org.familymatters.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesJourneyTest extends BrowserTest {

	@Test
	void aVisitorReadsThePublicPagesAndReachesSignIn() {
		int before = pagesChecked();
		visit("/");
		assertThat(heading()).contains("Support for the families of prisoners");
		follow("Accessibility statement");
		assertThat(heading()).contains("Accessibility statement");
		follow("Privacy notice");
		assertThat(heading()).isEqualTo("Privacy notice");
		follow("Cookies");
		assertThat(text()).contains("FM_SESSION");
		visit("/");
		follow("Sign in");
		assertThat(heading()).isEqualTo("Sign in");
		assertThat(pagesChecked() - before).as("pages checked for accessibility").isEqualTo(6);
	}

	@Test
	void aWrongPasswordShowsTheErrorSummary() {
		signIn("demo-volunteer", "not the password");
		assertThat(driver.getTitle()).startsWith("Error: Sign in");
		assertThat(text()).contains("There is a problem").contains("Enter a correct username and password");
	}

	@Test
	void anUnknownAddressShowsTheNotFoundPage() {
		visit("/no-such-page");
		assertThat(heading()).isEqualTo("Page not found");
	}

}
