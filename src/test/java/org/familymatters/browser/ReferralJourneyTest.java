package org.familymatters.browser;

import java.io.IOException;
import java.util.UUID;

import org.familymatters.identity.Localities;
import org.familymatters.identity.Locality;
import org.familymatters.identity.Organisation;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Organisations;
import org.familymatters.identity.Role;
import org.familymatters.identity.Sector;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referrals as the people who make and decide them go about it, the family's on a phone
 * (375 px) and the practitioner's on a desktop (1280 px), starting at {@code /} and
 * reaching every other page only by the links and buttons on the pages (a typed address
 * after the first page fails the test). Every page passes the accessibility check and
 * fits the screen.
 * <ul>
 * <li>A member of the public asks for support through the question pages, correcting a
 * mistake a page points out and changing an answer from "Check your answers"; a support
 * worker of that locality signs in, finds the request on their home page, accepts it into
 * a new family choosing its key worker, and the family's page shows the address, the
 * story and the best time to call, and links back to the referral.</li>
 * <li>A practitioner refers a family and follows its status from their home page; the
 * support worker finds it in the triage queue by filtering, changes the criteria met,
 * looks at the locality's criteria, and declines it; the practitioner sees it
 * declined.</li>
 * </ul>
 * Screenshots of the main pages are saved under {@code target/screenshots/}.
 */
class ReferralJourneyTest extends BrowserTest {

	@Autowired
	Localities localities;

	@Autowired
	Organisations organisations;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	private boolean started;

	@BeforeEach
	void notStarted() {
		started = false;
	}

	/** Only the first page of a journey may be typed; the rest are reached by links. */
	@Override
	void visit(String path) {
		assertThat(started).as("a typed address after the first page: %s", path).isFalse();
		started = true;
		super.visit(path);
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = 375)
	void aFamilyAsksForSupportAndTheSupportWorkerAcceptsItIntoAFamily(int width) throws IOException {
		var place = place("Journey");
		var name = familyName();
		driver.manage().window().setSize(new Dimension(width, 900));
		visit("/");
		navigate("Ask for support");
		assertThat(heading()).isEqualTo("Ask for support");
		assertThat(text()).contains("How we use what you tell us").doesNotContain("riteria");
		follow("Start now");

		new Select(driver.findElement(By.id("localityId"))).selectByVisibleText(place.locality() + " (Testshire)");
		press("Continue");
		assertThat(heading()).isEqualTo("About you");
		type("givenName", "Alex");
		type("familyName", name);
		choose("role");
		press("Continue");

		assertThat(heading()).isEqualTo("How can we contact you?");
		type("bestTimeToCall", "Mornings");
		press("Continue");
		assertThat(text()).contains("There is a problem").contains("Enter an email address or a phone number");
		type("phone", "07700 900123");
		press("Continue");

		assertThat(heading()).isEqualTo("What is your address?");
		type("addressLine1", "12 High Street");
		type("town", "Banbury");
		type("postcode", "ox16 5qb");
		press("Continue");

		assertThat(heading()).isEqualTo("Who else is in your family?");
		follow("Add a person");
		type("givenName", "Dale");
		type("familyName", name);
		choose("role");
		press("Add this person");
		follow("Add another person");
		type("givenName", "Jules");
		type("familyName", name);
		choose("role-1");
		type("dateOfBirth", "3");
		type("dateOfBirth-month", "4");
		type("dateOfBirth-year", "2017");
		press("Add this person");
		assertThat(text()).contains("Dale " + name).contains("Child, born 3 April 2017");
		follow("Continue");

		assertThat(heading()).isEqualTo("Tell us what is happening");
		type("story", "Dale was sent to prison on Friday. Jules will not go to school and I do not know what to say.");
		press("Continue");

		assertThat(heading()).isEqualTo("Check your answers before sending your request");
		assertThat(text()).contains("Alex " + name)
			.contains("12 High Street, Banbury, OX16 5QB")
			.contains("Mornings")
			.doesNotContain("riteria");
		screenshot("referral-ask-check-" + width);
		changeLink("/ask-for-support/contact?returnTo=check");
		assertThat(heading()).isEqualTo("How can we contact you?");
		type("bestTimeToCall", "Evenings after 6");
		press("Continue");
		assertThat(heading()).isEqualTo("Check your answers before sending your request");
		assertThat(text()).contains("Evenings after 6");
		choose("agree");
		press("Send");
		assertThat(heading()).isEqualTo("We have your request");
		assertThat(text()).contains("support workers for " + place.locality())
			.contains("phone you")
			.contains("Evenings after 6");
		var reference = driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
		assertThat(reference).startsWith("RF-");
		screenshot("referral-ask-sent-" + width);

		signIn(place.supportUsername(), place.supportPassword());
		assertThat(heading()).startsWith("Welcome");
		assertThat(text()).contains("New referrals in " + place.locality());
		screenshot("referral-home-support-" + width);
		driver.findElement(By.partialLinkText(reference)).click();
		checkPage();
		assertThat(heading()).isEqualTo("Referral " + reference);
		assertThat(text()).contains("Jules " + name)
			.contains("Evenings after 6")
			.contains("4 of the 5 criteria for " + place.locality());
		screenshot("referral-referral-" + width);
		new Select(driver.findElement(By.id("keyWorkerId"))).selectByVisibleText(place.colleagueName());
		press("Accept and start a family record");

		assertThat(text()).contains("Referral accepted into a new family: " + reference)
			.contains("From referral " + reference)
			.contains("12 High Street, Banbury, OX16 5QB")
			.contains("Best time to call")
			.contains("Evenings after 6")
			.contains("Dale was sent to prison on Friday")
			.contains(place.colleagueName());
		var familyReference = heading();
		assertFitsTheWindow();
		screenshot("referral-family-" + width);
		follow(reference);
		assertThat(heading()).isEqualTo("Referral " + reference);
		assertThat(text()).contains("Accepted into family " + familyReference);
		follow(familyReference);
		assertThat(heading()).isEqualTo(familyReference);
		signOut();
	}

	@ParameterizedTest(name = "at {0} px")
	@ValueSource(ints = 1280)
	void aPractitionerRefersAFamilyAndFollowsItWhileTheSupportWorkerTriagesIt(int width) throws IOException {
		var place = place("Triage journey");
		var school = organisations
			.save(Organisation.create("Journey school " + UUID.randomUUID().toString().substring(0, 8),
					OrganisationType.SCHOOL, Sector.STATUTORY,
					localities.findByNameIgnoringCase(place.locality()).orElseThrow().id()))
			.id();
		var practitioner = users.create(school, Role.AGENCY_PRACTITIONER);
		noPasswordChange(practitioner.account().id());
		var name = familyName();
		driver.manage().window().setSize(new Dimension(width, 900));
		visit("/");
		signIn(practitioner.account().username(), practitioner.oneTimePassword());
		assertThat(text()).contains("Your referrals").contains("You have not referred a family yet.");
		follow("Refer a family");
		new Select(driver.findElement(By.id("localityId"))).selectByVisibleText(place.locality() + " (Testshire)");
		press("Continue");
		assertThat(text()).contains("Criteria for referral in " + place.locality());
		type("referrerEmail", "practitioner-" + name.toLowerCase() + "@example.org");
		type("people-0-givenName", "Robin");
		type("people-0-familyName", name);
		new Select(driver.findElement(By.id("people-0-role"))).selectByVisibleText("The person in custody");
		type("people-1-givenName", "Sky");
		type("people-1-familyName", name);
		new Select(driver.findElement(By.id("people-1-role"))).selectByVisibleText("Child");
		type("reason", "Sky's father was remanded last week; Sky is withdrawn in class.");
		driver.findElement(By.xpath("//label[normalize-space()='There are children under 18 in the family']")).click();
		type("bestTimeToCall", "After school");
		press("Send the referral");
		assertThat(heading()).isEqualTo("Referral sent");
		var reference = driver.findElement(By.cssSelector(".govuk-panel__body strong")).getText();
		navigate("Home");
		assertThat(text()).contains("Your referrals").contains(reference).contains("1 waiting for a decision");
		follow("See all your referrals");
		assertThat(text()).contains(reference).contains("Waiting for a decision").contains("Robin " + name);
		assertFitsTheWindow();
		screenshot("referral-your-referrals-" + width);
		signOut();

		signIn(place.supportUsername(), place.supportPassword());
		follow("Open the triage queue");
		new Select(driver.findElement(By.id("source"))).selectByVisibleText("School");
		press("Show referrals");
		assertThat(text()).contains("Showing 1 to 1 of 1 waiting.").contains("Robin " + name + ", Sky " + name);
		assertFitsTheWindow();
		screenshot("referral-triage-" + width);
		follow(reference);
		assertThat(text()).contains("1 of the 5 criteria for " + place.locality()).contains("After school");
		driver.findElement(By.cssSelector("details.govuk-details summary")).click();
		driver.findElement(By.xpath("//label[normalize-space()='The family lives in the locality']")).click();
		press("Save the criteria met");
		assertThat(text()).contains("Criteria met saved: 2 of 5 criteria for " + place.locality());
		type("declineReason", "The family is already supported by the school's family worker.");
		press("Decline the referral");
		assertThat(text()).contains("Referral declined: " + reference);
		follow("Back to triage");
		follow("criteria for referral");
		follow(place.locality() + " (Testshire)");
		assertThat(heading()).isEqualTo("Criteria for referral in " + place.locality());
		assertThat(text()).contains("Met by court desk and family requests that record");
		driver.findElements(By.cssSelector(".govuk-summary-list__actions a")).get(0).click();
		checkPage();
		assertThat(heading()).isEqualTo("Change a criterion");
		signOut();

		signIn(practitioner.account().username(), practitioner.oneTimePassword());
		assertThat(text()).contains(reference).contains("Declined on");
		follow("See all your referrals");
		assertThat(text()).contains("Declined");
		signOut();
	}

	/**
	 * A locality of the journey's own, with the checklist every locality starts with, and
	 * two of its support workers (one signs in, the other becomes the key worker).
	 */
	private Place place(String prefix) {
		var locality = localities
			.save(Locality.create(prefix + " " + UUID.randomUUID().toString().substring(0, 6), "Testshire"));
		jdbc.sql("""
				insert into locality_criterion (locality_id, text, position, meaning)
				select :locality, text, position, meaning from locality_criterion
				where locality_id = (select id from locality where name = 'Banbury') and position <= 5
				""").param("locality", locality.id()).update();
		var charity = organisations
			.save(Organisation.create(locality.name() + " family support", OrganisationType.VOLUNTARY, Sector.VOLUNTARY,
					locality.id()))
			.id();
		var support = users.create(charity, Role.SUPPORT_WORKER);
		var colleague = users.create(charity, Role.SUPPORT_WORKER);
		noPasswordChange(support.account().id());
		return new Place(locality.name(), support.account().username(), support.oneTimePassword(),
				colleague.account().displayName());
	}

	private void noPasswordChange(UUID user) {
		jdbc.sql("update user_account set must_change_password = false where id = :id").param("id", user).update();
	}

	/** Signs in from the service navigation, as a person does. */
	@Override
	void signIn(String username, String password) {
		navigate("Sign in");
		type("username", username);
		type("password", password);
		press("Sign in");
	}

	/**
	 * Follows an entry of the service navigation, opening its menu first on a narrow
	 * screen.
	 */
	private void navigate(String entry) {
		var toggle = driver.findElements(By.cssSelector(".govuk-service-navigation__toggle"));
		if (!toggle.isEmpty() && toggle.get(0).isDisplayed()
				&& !"true".equals(toggle.get(0).getDomAttribute("aria-expanded"))) {
			toggle.get(0).click();
		}
		driver.findElement(By.cssSelector(".govuk-service-navigation__list")).findElement(By.linkText(entry)).click();
		checkPage();
	}

	/** Follows a Change link of a summary list, by where it goes. */
	private void changeLink(String href) {
		driver.findElement(By.cssSelector("a[href='" + href + "']")).click();
		checkPage();
	}

	private static String familyName() {
		var name = new StringBuilder("Jy");
		var letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
		for (int i = 0; i < 8; i++) {
			name.append((i < letters.length()) ? letters.charAt(i) : 'q');
		}
		return name.toString();
	}

	/**
	 * Where a journey happens: a locality, and its support workers' sign-in and name.
	 */
	private record Place(String locality, String supportUsername, String supportPassword, String colleagueName) {
	}

}
