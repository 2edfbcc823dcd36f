package org.familymatters.browser;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A training coordinator, until training is in the service, on a phone (375 px) and a
 * desktop (1280 px): from the start page to their home page, their role and account, and
 * from there to the resources page, by links alone.
 */
class TrainerJourneyTest extends BrowserTest {

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void aTrainerGoesFromTheirHomeToTheResources(int width) throws Exception {
		driver.manage().window().setSize(new Dimension(width, 1000));
		signIn("demo-trainer", TestUsers.DEMO_PASSWORD);
		assertThat(heading()).isEqualTo("Welcome, Demo training coordinator");
		assertThat(text()).contains("Training coordinator").contains("Your account").contains("What you can do");
		fits(width);

		followIn("What you can do", "Resources");
		assertThat(heading()).isEqualTo("Resources, information and media");
		fits(width);
		follow("Family Matters");
		assertThat(heading()).isEqualTo("Welcome, Demo training coordinator");
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
