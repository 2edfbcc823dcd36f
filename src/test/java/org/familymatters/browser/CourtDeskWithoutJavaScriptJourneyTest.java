package org.familymatters.browser;

import org.familymatters.courtdesk.CourtDeskContactData;
import org.familymatters.courtdesk.internal.Courts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With JavaScript off, the contact form is an ordinary form: find a service, keep what
 * was typed, save.
 */
class CourtDeskWithoutJavaScriptJourneyTest extends BrowserTest {

	@Autowired
	CourtDeskContactData data;

	@Override
	boolean javaScript() {
		return false;
	}

	@Test
	void aVolunteerRecordsAContactWithoutJavaScript() {
		var volunteer = data.volunteer(Courts.READING);
		driver.manage().window().setSize(new Dimension(375, 812));
		signIn(volunteer.account().username(), volunteer.oneTimePassword());
		visit("/court-desk/contacts/new");
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
	}

}
