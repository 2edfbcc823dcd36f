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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From their home page, a support worker finds a family, reaches its consent from the
 * family's page, records consent (after the form points out what is missing) and asks to
 * share without consent, and is given the request's reference; a designated safeguarding
 * lead finds the request from their home page, opens it from the list by its Decide link,
 * sees the family's reference, who asks and the family's consent, and approves it until
 * an end date; the support worker then sees from their home page that it was approved.
 * Every page is reached by links and buttons, passes the accessibility check, and on a
 * phone (375 px) none scrolls sideways and the Decide link is on the screen.
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

	private String aFamilyInBanbury(String familyName) {
		var supportWorker = users.principal("demo-support");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(supportWorker, null,
					supportWorker.getAuthorities()));
		try {
			var banbury = localities.findByNameIgnoringCase("Banbury").orElseThrow().id();
			var id = intake.newFamily(banbury,
					List.of(new NewPerson("Kerry", familyName, null, LocalDate.of(1990, 7, 9), null, null, "mother",
							FamilyRole.PARENT_OR_CARER, null, null),
							new NewPerson("Jayden", familyName, null, LocalDate.of(2016, 1, 20), null, null, "son",
									FamilyRole.CHILD, null, "Year 5")),
					null);
			return jdbc.sql("select reference from family where id = :id").param("id", id).query(String.class).single();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void aSupportWorkerRecordsConsentAndALeadApprovesSharingWithoutIt(int width) throws Exception {
		var familyName = "Journeyman" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		var reference = aFamilyInBanbury(familyName);
		driver.manage().window().setSize(new Dimension(width, 1000));

		signInFromTheStart("demo-support", TestUsers.DEMO_PASSWORD);
		navigateTo("Families");
		type("q", familyName);
		press("Search");
		follow(reference);
		fits(width);
		follow("Consent and sharing");
		assertThat(heading()).isEqualTo("Consent");
		assertThat(text()).contains("No consent is recorded for this family.");
		fits(width);

		follow("Record consent");
		press("Record consent");
		assertThat(text()).contains("There is a problem").contains("Choose who gave consent");
		driver.findElement(By.xpath("//label[normalize-space()='Kerry " + familyName + "']")).click();
		driver.findElement(By.xpath("//label[normalize-space()='Signed form']")).click();
		var today = LocalDate.now(ServiceTime.ZONE);
		type("givenOn", String.valueOf(today.getDayOfMonth()));
		type("givenOn-month", String.valueOf(today.getMonthValue()));
		type("givenOn-year", String.valueOf(today.getYear()));
		driver.findElement(By.xpath("//label[normalize-space()='Who they are and how to contact them']")).click();
		driver.findElement(By.xpath("//label[normalize-space()='School: any organisation of this type']")).click();
		press("Record consent");
		assertThat(text()).contains("Consent recorded").contains("Kerry " + familyName).contains("Given");
		fits(width);

		follow("Ask to share without consent");
		assertThat(heading()).isEqualTo("Ask to share without consent");
		type("reason", "Jayden said he is frightened of a visitor at home");
		driver.findElement(By.xpath("//label[normalize-space()=\"Oxfordshire children's social care (demo)\"]"))
			.click();
		press("Send the request");
		assertThat(text()).contains("sent to the designated safeguarding leads");
		var request = jdbc.sql("""
				select reference from safeguarding_request
				where family_id = (select id from family where reference = :reference)
				""").param("reference", reference).query(String.class).single();
		assertThat(text()).contains("Request " + request);
		signOut();

		signInFromTheStart("demo-safeguarding", TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Safeguarding requests waiting for a decision");
		follow("All safeguarding requests");
		assertThat(heading()).isEqualTo("Safeguarding requests");
		fits(width);
		var row = driver.findElement(By.xpath("//tr[th[contains(normalize-space(), '" + reference + "')]]"));
		var decide = row.findElement(By.xpath(".//a[starts-with(normalize-space(), 'Decide')]"));
		if (width < 400) {
			assertWithinTheWindow(decide);
			screenshot("safeguarding-requests-375");
		}
		else {
			screenshot("safeguarding-requests-1280");
		}
		decide.click();
		checkPage();
		fits(width);
		assertThat(text()).contains(reference)
			.contains("Jayden said he is frightened of a visitor at home")
			.contains("Demo support worker")
			.contains("Family Matters")
			.contains("Given on " + today.getDayOfMonth())
			.contains("Open the record");
		screenshot("safeguarding-decide-" + width);
		press("Save the decision");
		assertThat(text()).contains("Choose whether to approve or refuse sharing without consent");
		fits(width);

		driver.findElement(By.xpath("//label[normalize-space()='Approve sharing without consent']")).click();
		type("reason", "A child may be at risk: social care needs the family's details for its enquiry");
		var ends = today.plusDays(28);
		type("endsOn", String.valueOf(ends.getDayOfMonth()));
		type("endsOn-month", String.valueOf(ends.getMonthValue()));
		type("endsOn-year", String.valueOf(ends.getYear()));
		press("Save the decision");
		assertThat(text()).contains("Sharing without consent approved until");
		fits(width);
		assertThat(jdbc.sql("select status from safeguarding_request where reference = :reference")
			.param("reference", request)
			.query(String.class)
			.single()).isEqualTo("approved");
		signOut();

		signInFromTheStart("demo-support", TestUsers.DEMO_PASSWORD);
		assertThat(text()).contains("Your safeguarding requests").contains(request + " about " + reference);
		follow("All your safeguarding requests");
		assertThat(driver.findElement(By.xpath("//tr[th[normalize-space()='" + request + "']]")).getText())
			.contains("Approved");
		fits(width);
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(14);
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
