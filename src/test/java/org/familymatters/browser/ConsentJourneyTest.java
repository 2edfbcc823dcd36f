package org.familymatters.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyIntake;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.identity.Localities;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A support worker records a family's consent (after the form points out what is missing)
 * and asks to share without consent; a designated safeguarding lead finds the request,
 * sees its reason and approves it until an end date. Every page passes the accessibility
 * check.
 */
class ConsentJourneyTest extends BrowserTest {

	@Autowired
	FamilyIntake intake;

	@Autowired
	Localities localities;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private UUID aFamilyInBanbury() {
		var supportWorker = users.principal("demo-support");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(supportWorker, null,
					supportWorker.getAuthorities()));
		try {
			var banbury = localities.findByNameIgnoringCase("Banbury").orElseThrow().id();
			return intake.newFamily(banbury,
					List.of(new NewPerson("Kerry", "Journeyman", null, LocalDate.of(1990, 7, 9), null, null, "mother",
							FamilyRole.PARENT_OR_CARER, null, null),
							new NewPerson("Jayden", "Journeyman", null, LocalDate.of(2016, 1, 20), null, null, "son",
									FamilyRole.CHILD, null, "Year 5")),
					null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void aSupportWorkerRecordsConsentAndALeadApprovesSharingWithoutIt() {
		var family = aFamilyInBanbury();
		var reference = jdbc.sql("select reference from family where id = :id")
			.param("id", family)
			.query(String.class)
			.single();

		signIn("demo-support", TestUsers.DEMO_PASSWORD);
		visit("/families/" + family + "/consent");
		assertThat(heading()).isEqualTo("Consent");
		assertThat(text()).contains("No consent is recorded for this family.");

		follow("Record consent");
		press("Record consent");
		assertThat(text()).contains("There is a problem").contains("Choose who gave consent");

		driver.findElement(By.xpath("//label[normalize-space()='Kerry Journeyman']")).click();
		driver.findElement(By.xpath("//label[normalize-space()='Signed form']")).click();
		var today = LocalDate.now(ServiceTime.ZONE);
		type("givenOn", String.valueOf(today.getDayOfMonth()));
		type("givenOn-month", String.valueOf(today.getMonthValue()));
		type("givenOn-year", String.valueOf(today.getYear()));
		driver.findElement(By.xpath("//label[normalize-space()='Who they are and how to contact them']")).click();
		driver.findElement(By.xpath("//label[normalize-space()='School: any organisation of this type']")).click();
		press("Record consent");
		assertThat(text()).contains("Consent recorded").contains("Kerry Journeyman").contains("Given");

		follow("Ask to share without consent");
		assertThat(heading()).isEqualTo("Ask to share without consent");
		type("reason", "Jayden said he is frightened of a visitor at home");
		driver.findElement(By.xpath("//label[normalize-space()=\"Oxfordshire children's social care (demo)\"]"))
			.click();
		press("Send the request");
		assertThat(text()).contains("Request sent to the designated safeguarding leads");
		signOut();

		signIn("demo-safeguarding", TestUsers.DEMO_PASSWORD);
		follow("Safeguarding requests");
		assertThat(heading()).isEqualTo("Safeguarding requests");
		driver.findElement(By.xpath("//tr[td[normalize-space()='" + reference + "']]//a")).click();
		checkPage();
		assertThat(text()).contains(reference).contains("Jayden said he is frightened of a visitor at home");
		press("Save the decision");
		assertThat(text()).contains("Choose whether to approve or refuse sharing without consent");

		driver.findElement(By.xpath("//label[normalize-space()='Approve sharing without consent']")).click();
		type("reason", "A child may be at risk: social care needs the family's details for its enquiry");
		var ends = today.plusDays(28);
		type("endsOn", String.valueOf(ends.getDayOfMonth()));
		type("endsOn-month", String.valueOf(ends.getMonthValue()));
		type("endsOn-year", String.valueOf(ends.getYear()));
		press("Save the decision");
		assertThat(text()).contains("Sharing without consent approved until");
		assertThat(jdbc.sql("select status from safeguarding_request where family_id = :id")
			.param("id", family)
			.query(String.class)
			.single()).isEqualTo("approved");
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(10);
	}

}
