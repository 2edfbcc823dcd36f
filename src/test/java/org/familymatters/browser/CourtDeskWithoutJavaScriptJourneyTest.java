package org.familymatters.browser;

import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.courtdesk.internal.Courts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript off, on a phone (375 px), a volunteer goes from the start page to their
 * home page's "Record a contact", and the contact form is an ordinary form: find a
 * service, keep what was typed, save; then their contacts show it.
 */
class CourtDeskWithoutJavaScriptJourneyTest extends CourtDeskBrowserTest {

	@Autowired
	CourtDeskContactData data;

	@Override
	boolean javaScript() {
		return false;
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = PHONE)
	void aVolunteerRecordsAContactWithoutJavaScript(int width) {
		var volunteer = data.volunteer(Courts.READING);
		startSignedIn(width, volunteer.account().username(), volunteer.oneTimePassword());
		pressTheHomePageButton("Record a contact");
		choose("relationship-2");
		choose("outcome-1");
		choose("firstTimeInCustody-2");
		type("children", "1");
		choose("emotionalSupport-1");
		choose("agreesToContact-1");
		type("serviceSearch", "helpline");
		press("Find services");
		assertThat(text()).contains("found for helpline").doesNotContain("There is a problem");
		assertThat(driver.findElement(By.id("relationship-2")).isSelected()).as("kept").isTrue();
		choose("services");
		press("Save contact");
		assertThat(heading()).isEqualTo("Contact recorded");
		assertThat(text()).contains("CD-").contains("Nothing that identifies them was kept");
		assertThat(data.contactsBy(volunteer.account().id())).isOne();
		followVisible("Your contacts");
		assertThat(text()).contains("1 contact");
		assertThat(driver.findElements(By.cssSelector("main tbody tr"))).hasSize(1);
	}

}
