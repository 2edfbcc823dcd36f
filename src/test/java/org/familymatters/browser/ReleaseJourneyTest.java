package org.familymatters.browser;

import java.time.LocalDate;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.family.internal.Families;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's "done when", from each person's home page by links and buttons: a father at
 * HMP Bullingdon is due for release to Banbury in ten weeks; his key worker starts the
 * release plan (the family home, the day of release, an action for probation), refers him
 * to Building Bridges, records what the family says and asks for the safeguarding check,
 * which blocks agreeing the family home until the designated safeguarding lead approves
 * it with a reason; the probation officer finds the release action on their home page;
 * after his release the 4-week outcome is prompted on the key worker's home page and
 * recorded as settled with family; the pilot report counts him; and his son's timeline
 * shows the family day and the parenting programme sessions his parents attended. On a
 * phone, with the accessibility check on every page.
 */
class ReleaseJourneyTest extends BrowserTest {

	/** HMP Bullingdon on the family module's list of prisons. */
	private static final String BULLINGDON = "3a9e0c44-0000-4000-8000-000000000001";

	@Autowired
	PlanFixtures plans;

	@Autowired
	Families families;

	@Autowired
	TestUsers users;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = 375)
	void aFatherIsReleasedToTheFamilyHomeAfterTheSafeguardingCheckAndIsSettledAtFourWeeks(int width) throws Exception {
		var banbury = jdbc.sql("select id from identity_locality where name = 'Banbury'").query(UUID.class).single();
		var support = plans.organisation("Release Journey Family Support", OrganisationType.VOLUNTARY, banbury);
		var probation = plans.organisation("Release Journey Probation", OrganisationType.PROBATION, banbury);
		var socialCare = plans.organisation("Release Journey Social Care", OrganisationType.SOCIAL_CARE, banbury);
		var keyWorker = person(support.id(), Role.SUPPORT_WORKER);
		var officer = person(probation.id(), Role.AGENCY_PRACTITIONER);
		plans.email(officer.principal);
		var lead = person(socialCare.id(), Role.SAFEGUARDING_LEAD);
		var family = plans.family(banbury, keyWorker.principal);
		jdbc.sql("update family set key_worker_id = :worker where id = :id")
			.param("worker", keyWorker.principal.id())
			.param("id", family.id())
			.update();
		var surname = PlanFixtures.unique("Whitlock").replace(" ", "");
		var father = families.addPerson(family.id(), new NewPerson("Darren", surname, null, LocalDate.of(1986, 4, 2),
				null, null, "father", FamilyRole.IN_CUSTODY, null, null));
		var today = LocalDate.now(ServiceTime.ZONE);
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, prison_number, sentenced_on, sentence,
				                             expected_release_on)
				values (:id, :person, cast(:prison as uuid), 'A7654ZY', :sentenced, '18 months', :release)
				""")
			.param("id", UUID.randomUUID())
			.param("person", father)
			.param("prison", BULLINGDON)
			.param("sentenced", today.minusMonths(8))
			.param("release", today.plusWeeks(10))
			.update();
		var names = jdbc.sql("select given_name || ' ' || family_name from person where id in (:mother, :son)")
			.param("mother", family.parent())
			.param("son", family.child())
			.query(String.class)
			.list();
		var mother = names.stream().filter(n -> n.startsWith("Kerry")).findFirst().orElseThrow();
		var son = names.stream().filter(n -> n.startsWith("Jayden")).findFirst().orElseThrow();
		var fatherName = "Darren " + surname;
		driver.manage().window().setSize(new Dimension(width, 900));

		// The key worker finds the release coming up on their home page and starts the
		// release plan, ten weeks before.
		signInFromTheStart(keyWorker.username, keyWorker.password);
		followIn("Releases coming up", fatherName + ",");
		press("Start the release plan");
		followHeard("Change where they will live");
		chooseLabelled("The family home");
		chooseLabelled("Yes");
		press("Save");
		followHeard("Change the release-day plan");
		type("metBy", "His partner and the key worker meet him at the gate");
		type("travel", "By car to the family home in Banbury");
		type("firstAppointments", "Probation the next morning; the job centre in the first week");
		press("Save");
		follow("Add a release action");
		selectContaining("goalId", "Goes to school every day");
		type("description", "See him on the morning after release and go through his licence conditions");
		select("ownerOrganisationId", probation.name());
		dated("dueOn", today.plusWeeks(11));
		press("Add the release action");
		assertThat(text()).contains("See him on the morning after release");
		assertFitsTheWindow();
		screenshot("release-plan-" + width);

		// The family's ties: a family day at the prison, and the parenting programme,
		// the mother's session in the community and the father's inside.
		follow("Back to the family");
		follow("Record family contact");
		chooseLabelled("Family day");
		dated("occurredOn", today.minusDays(20));
		select("prisonId", "HMP Bullingdon");
		chooseLabelled(mother);
		chooseLabelled(son);
		press("Record the contact");
		follow("Record a parenting session");
		chooseLabelled("Family Links parenting programme");
		chooseLabelled(mother);
		dated("occurredOn", today.minusDays(14));
		chooseLabelled("In the community");
		type("place", "Banbury children's centre");
		press("Record the session");
		follow("Record a parenting session");
		chooseLabelled("Family Links parenting programme");
		chooseLabelled(fatherName);
		dated("occurredOn", today.minusDays(13));
		chooseLabelled("In prison");
		select("prisonId", "HMP Bullingdon");
		press("Record the session");

		// Building Bridges: the referral, what the family says, and the safeguarding
		// check, without which the family home cannot be agreed.
		follow("Building Bridges housing pilot");
		submit(By.xpath("//button[starts-with(normalize-space(), 'Refer to Building Bridges')]"));
		var referral = heading().replace("Referral ", "");
		assertThat(referral).startsWith("BB-");
		followHeard("Change what the family says");
		chooseLabelled("Yes, the family would have them home");
		type("says", "His partner wants him home; their son misses him");
		press("Save");
		followHeard("Record the family home’s decision");
		chooseLabelled("Agreed");
		type("reason", "The family wants him home");
		press("Save");
		assertThat(text()).containsIgnoringCase("safeguarding");
		follow("Back to the referral");
		follow("Ask for the safeguarding check");
		type("note", "A mother and her son of nine; no concerns known to us; licence conditions not yet set");
		press("Ask for the check");
		signOut();

		// The designated safeguarding lead decides, with a reason.
		signIn(lead.username, lead.password);
		followIn("Building Bridges safeguarding checks waiting", referral + ":");
		type("domesticAbuse", "None known to police or children's social care");
		type("riskToChildren", "None known");
		type("licenceConditions", "To live at the approved address; no conditions against the family home");
		chooseLabelled("Approved");
		type("reason", "No risk to the son known; the mother agrees; the address meets the licence");
		press("Save the decision");
		signOut();

		// The key worker agrees the family home; the probation officer has the release
		// action.
		signIn(keyWorker.username, keyWorker.password);
		followIn("Your families", family.reference());
		follow("Building Bridges housing pilot");
		click(driver.findElement(By.cssSelector("#referrals a")));
		followHeard("Record the family home’s decision");
		chooseLabelled("Agreed");
		type("reason", "The safeguarding check approved it and the family wants him home");
		press("Save");
		assertThat(text()).contains("Agreed on");
		signOut();
		signIn(officer.username, officer.password);
		assertThat(text()).contains("See him on the morning after release");
		signOut();

		// He was released four weeks ago to the family home; the 4-week outcome is
		// prompted on the key worker's home page and recorded.
		signIn(keyWorker.username, keyWorker.password);
		followIn("Your families", family.reference());
		follow("Building Bridges housing pilot");
		click(driver.findElement(By.cssSelector("#referrals a")));
		followHeard("Record release day");
		chooseLabelled("The family home");
		dated("releasedOn", today.minusDays(28));
		press("Save");
		follow("Family Matters");
		followFirstIn("Building Bridges follow-ups due");
		chooseLabelled("Settled with family");
		dated("knownOn", today);
		press("Save");
		assertThat(text()).contains("Settled with family");

		// His son's timeline: the family day and both parents' sessions.
		follow("Back to the family’s Building Bridges page");
		follow("Back to the family");
		follow(son + "’s timeline");
		assertThat(text()).contains("Family day")
			.contains("Family Links parenting programme")
			.contains(mother)
			.contains(fatherName);
		assertFitsTheWindow();
		screenshot("child-timeline-" + width);
		signOut();

		// The pilot report counts him: released to the family home, settled with family.
		signIn("demo-manager", TestUsers.DEMO_PASSWORD);
		follow("Building Bridges pilot report");
		assertThat(driver.findElements(By.xpath("//tr[th[normalize-space()='Settled with family']]/td[1]"))
			.stream()
			.map(cell -> cell.getText().strip())
			.toList()).as("settled with family at 4 weeks, by quarter").contains("fewer than 5");
		screenshot("bridges-report-" + width);
		signOut();
		assertThat(pagesChecked()).isGreaterThanOrEqualTo(30);
	}

	private void dated(String field, LocalDate day) {
		type(field, String.valueOf(day.getDayOfMonth()));
		type(field + "-month", String.valueOf(day.getMonthValue()));
		type(field + "-year", String.valueOf(day.getYear()));
	}

	/**
	 * Follows a link by all its words, those a screen reader hears as well as those shown
	 * ("Change" what).
	 */
	private void followHeard(String words) {
		click(driver.findElement(By.xpath("//main//a[normalize-space()=" + literal(words) + "]")));
	}

	/**
	 * Follows the first link in the part of the page that a heading (or a table's
	 * caption) heads: the one item a person sees there.
	 */
	private void followFirstIn(String heading) {
		click(driver.findElement(By.xpath("(//*[self::h2 or self::h3 or self::caption][contains(normalize-space(), "
				+ literal(heading) + ")]/ancestor::*[self::section or self::table or @role='region'][1]//a)[1]")));
	}

	/** Chooses the option of a select whose text contains these words. */
	private void selectContaining(String id, String words) {
		var select = new Select(driver.findElement(By.id(id)));
		var option = select.getOptions()
			.stream()
			.filter(o -> o.getText().contains(words))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no option with \"" + words + "\" in " + id));
		select.selectByVisibleText(option.getText());
	}

	private Person person(UUID organisation, Role role) {
		var created = users.create(organisation, role);
		users.passwordChosen(created.account().id());
		return new Person(created.account().username(), created.oneTimePassword(),
				users.principal(created.account().username()));
	}

	private record Person(String username, String password, StaffPrincipal principal) {
	}

}
