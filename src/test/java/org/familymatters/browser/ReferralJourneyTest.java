package org.familymatters.browser;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public asks for support without signing in, correcting a mistake the
 * form points out; a support worker of that locality looks at the referral form and the
 * locality's criteria, finds the request in the triage queue, sees the criteria met,
 * accepts it into a new family and lands on the family's record. Every page passes the
 * accessibility check.
 */
class ReferralJourneyTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFamilyAsksForSupportAndASupportWorkerAcceptsIt() {
		var name = familyName();
		visit("/");
		follow("Ask for support");
		assertThat(heading()).isEqualTo("Ask for support");
		assertThat(text()).contains("How we use what you tell us");
		new Select(driver.findElement(By.id("localityId"))).selectByVisibleText("Banbury (Oxfordshire)");
		press("Continue");
		assertThat(text()).contains("Criteria for referral in Banbury");

		type("referrerName", "Alex " + name);
		type("referrerEmail", "alex-" + name.toLowerCase() + "@example.org");
		type("people-0-givenName", "Alex");
		type("people-0-familyName", name);
		new Select(driver.findElement(By.id("people-0-role"))).selectByVisibleText("Parent or carer");
		type("people-1-givenName", "Jules");
		type("people-1-familyName", name);
		new Select(driver.findElement(By.id("people-1-role"))).selectByVisibleText("Child");
		type("people-1-dateOfBirth", "3");
		type("people-1-dateOfBirth-month", "4");
		type("people-1-dateOfBirth-year", "2099");
		type("reason", "Jules's other parent was sent to prison on Friday and Jules will not go to school.");
		driver.findElement(By.xpath("//label[normalize-space()='There are children under 18 in the family']")).click();
		driver
			.findElement(By
				.xpath("//label[normalize-space()='I agree that a Family Matters support worker can contact me']"))
			.click();
		press("Ask for support");
		assertThat(text()).contains("There is a problem").contains("Date of birth must be today or in the past");

		type("people-1-dateOfBirth-year", "2017");
		press("Ask for support");
		assertThat(heading()).isEqualTo("We have your request");
		var reference = driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
		assertThat(reference).startsWith("RF-");

		signIn("demo-support", TestUsers.DEMO_PASSWORD);
		follow("Refer a family");
		assertThat(text()).contains("Where does the family live?");
		follow("Triage");
		follow("criteria for referral");
		follow("Banbury (Oxfordshire)");
		assertThat(text()).contains("There are children under 18 in the family");
		var criterion = jdbc.sql("select id from locality_criterion where locality_id = :l order by position limit 1")
			.param("l", UUID.fromString("0b7c1f5e-2d7a-4c11-9a0e-000000000001"))
			.query(UUID.class)
			.single();
		visit("/referrals/criteria/0b7c1f5e-2d7a-4c11-9a0e-000000000001/" + criterion + "/edit");
		assertThat(heading()).isEqualTo("Change a criterion");

		follow("Triage");
		assertThat(text()).contains(reference);
		follow(reference);
		assertThat(heading()).isEqualTo("Referral " + reference);
		assertThat(text()).contains("Jules " + name).contains("There are children under 18 in the family");

		press("Accept and start a family record");
		var familyId = jdbc.sql("select family_id from referral where reference = :reference")
			.param("reference", reference)
			.query(UUID.class)
			.single();
		assertThat(driver.getCurrentUrl()).isEqualTo(url("/families/" + familyId));
		assertThat(jdbc.sql("select given_name from person where family_id = :id order by given_name")
			.param("id", familyId)
			.query(String.class)
			.list()).containsExactly("Alex", "Jules");
	}

	private static String familyName() {
		var random = ThreadLocalRandom.current();
		var name = new StringBuilder("Jy");
		for (int i = 0; i < 8; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

}
