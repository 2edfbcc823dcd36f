package org.familymatters.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.FamilyFacts;
import org.familymatters.consent.InformationKind;
import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
import org.familymatters.family.FamilyIntake;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.identity.Localities;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
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
 * Issue 11's "done when", in two browsers side by side, each reaching every page by links
 * and buttons from the start page: a school practitioner whose pupil's family has
 * consented finds the family in "Families shared with you" on their home page, and by
 * searching for the pupil's name, and opens it; a support worker opens the family from
 * the families list, reaches its consent from the family's page and withdraws it; at the
 * school's next request the family's page says that consent was withdrawn, on which day,
 * and whom to ask (the key worker's name and e-mail), and the family has left the
 * school's list. On a phone (375 px) and a desktop (1280 px), with the accessibility
 * check on every page.
 */
class SharedFamilyJourneyTest extends BrowserTest {

	@Autowired
	FamilyIntake intake;

	@Autowired
	Consents consents;

	@Autowired
	FamilyFacts facts;

	@Autowired
	Localities localities;

	@Autowired
	Organisations organisations;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A family in Banbury whose child goes to the demo primary school, with a key worker
	 * who has an e-mail address, and the mother's consent for every school to know who
	 * the child is; returns its reference.
	 */
	private String aFamilyWhoseConsentCoversTheSchool(String familyName, String keyWorkerEmail) {
		var familyMatters = organisations.findByNameIgnoringCase("Family Matters").orElseThrow().id();
		var keyWorker = users.create(familyMatters, Role.SUPPORT_WORKER);
		jdbc.sql("update user_account set display_name = 'Kim Keyworker', email = :email where id = :id")
			.param("email", keyWorkerEmail)
			.param("id", keyWorker.account().id())
			.update();
		var school = organisations.findByNameIgnoringCase("Banbury primary school (demo)").orElseThrow();
		assertThat(school.type()).isEqualTo(OrganisationType.SCHOOL);
		var supportWorker = users.principal("demo-support");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(supportWorker, null,
					supportWorker.getAuthorities()));
		try {
			var banbury = localities.findByNameIgnoringCase("Banbury").orElseThrow().id();
			var family = intake.newFamily(banbury,
					List.of(new NewPerson("Lee", familyName, null, LocalDate.of(1989, 2, 3), null, null, "mother",
							FamilyRole.PARENT_OR_CARER, null, null),
							new NewPerson("Ash", familyName, null, LocalDate.of(2017, 5, 6), null, null, "son",
									FamilyRole.CHILD, school.id(), "Year 3")),
					keyWorker.account().id());
			var mother = jdbc.sql("select id from person where family_id = :family and given_name = 'Lee'")
				.param("family", family)
				.query(UUID.class)
				.single();
			consents.record(facts.subject(family).orElseThrow(),
					new Consents.NewConsent(mother, ConsentMethod.SIGNED_FORM, null,
							LocalDate.now(ServiceTime.ZONE).minusDays(2), "So that Ash's school can support him",
							EnumSet.of(InformationKind.IDENTITY), Set.of(), Set.of(OrganisationType.SCHOOL), null));
			return jdbc.sql("select reference from family where id = :id")
				.param("id", family)
				.query(String.class)
				.single();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void aSchoolLosesTheFamilyTheMomentItsConsentIsWithdrawn(int width) throws Exception {
		var familyName = "Sharedway" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		var email = "kim." + familyName.toLowerCase(Locale.UK) + "@example.org";
		var reference = aFamilyWhoseConsentCoversTheSchool(familyName, email);
		var school = driver;
		var supportWorker = newBrowser();
		try {
			school.manage().window().setSize(new Dimension(width, 1000));
			supportWorker.manage().window().setSize(new Dimension(width, 1000));

			signInFromTheStart("demo-practitioner", TestUsers.DEMO_PASSWORD);
			assertThat(text()).contains("Families shared with you").contains(reference);
			fits(width);
			screenshot("home-school-" + width);
			follow("See and search every family shared with you");
			assertThat(heading()).isEqualTo("Families shared with you");
			type("q", "ash");
			press("Search");
			assertThat(driver.getCurrentUrl()).doesNotContainIgnoringCase("ash");
			assertThat(text()).contains("1 family").contains("Ash " + familyName).doesNotContain("Lee " + familyName);
			fits(width);
			screenshot("shared-" + width);
			follow(reference);
			assertThat(text()).contains("Ash " + familyName).doesNotContain("Lee " + familyName);
			fits(width);

			driver = supportWorker;
			signInFromTheStart("demo-support", TestUsers.DEMO_PASSWORD);
			navigateTo("Families");
			type("q", familyName);
			press("Search");
			follow(reference);
			follow("Consent and sharing");
			fits(width);
			driver.findElement(By.xpath("//a[starts-with(normalize-space(), 'Withdraw')]")).click();
			checkPage();
			type("note", "Lee phoned to withdraw consent for the school");
			press("Withdraw consent");
			assertThat(text()).contains("Consent withdrawn").contains("Withdrawn");
			fits(width);

			driver = school;
			driver.navigate().refresh();
			checkPage();
			var today = LocalDate.now(ServiceTime.ZONE).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
			assertThat(heading()).isEqualTo("You cannot see this family’s record");
			assertThat(text())
				.contains("The family withdrew their consent to share their information with your " + "organisation on "
						+ today)
				.contains("Kim Keyworker")
				.contains(email)
				.doesNotContain("Your role does not allow you");
			fits(width);
			screenshot("refused-" + width);
			follow("Go to your home page");
			assertThat(text()).contains("Families shared with you").doesNotContain(reference);
			navigateTo("Families shared with you");
			assertThat(text()).doesNotContain(reference);
			assertThat(pagesChecked()).isGreaterThanOrEqualTo(12);
		}
		finally {
			driver = school;
			supportWorker.quit();
		}
	}

	private void fits(int width) {
		if (width < 400) {
			assertFitsTheWindow();
		}
	}

}
