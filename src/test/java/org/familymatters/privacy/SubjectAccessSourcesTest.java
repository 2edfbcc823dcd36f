package org.familymatters.privacy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.familymatters.bridges.internal.BridgesSubjectAccess;
import org.familymatters.courtdesk.internal.CourtDeskSubjectAccess;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.NewPerson;
import org.familymatters.family.internal.Families;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.network.AgendaFixtures;
import org.familymatters.network.internal.NetworkSubjectAccess;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.plan.internal.PlanSubjectAccess;
import org.familymatters.prison.internal.PrisonSubjectAccess;
import org.familymatters.referral.internal.ReferralSubjectAccess;
import org.familymatters.release.internal.ReleaseSubjectAccess;
import org.familymatters.school.internal.SchoolSubjectAccess;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.Identifiers;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;
import org.familymatters.support.IntegrationTest;
import org.familymatters.training.TrainingFixtures;
import org.familymatters.training.internal.TrainingSubjectAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module's subject access source (P4) with the module's own data: a mother, Kerry,
 * whose family has a child and a father in custody, and an unrelated family. Each test
 * asks one source about Kerry and finds the section under its title, her records in it,
 * the other people's data redacted, nothing of the unrelated family, and an audit event
 * per record read with the request as its reference.
 */
@IntegrationTest
class SubjectAccessSourcesTest {

	private static final UUID READING_CROWN_COURT = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	private static final UUID BULLINGDON = UUID.fromString("3a9e0c44-0000-4000-8000-000000000001");

	private static final UUID BUILDING_BRIDGES_PILOT = UUID.fromString("bb000000-0000-4000-8000-000000000001");

	@Autowired
	private AgendaFixtures agenda;

	@Autowired
	private PlanFixtures plans;

	@Autowired
	private TrainingFixtures training;

	@Autowired
	private Families families;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private List<SubjectAccessSource> sources;

	private AgendaFixtures.TestNetwork network;

	private AgendaFixtures.TestFamily family;

	private AgendaFixtures.TestFamily unrelated;

	private DataSubject kerry;

	@BeforeEach
	void families() {
		network = agenda.network();
		family = agenda.family(network.locality(), network.school(), network.coordinator());
		unrelated = agenda.family(network.locality(), network.school(), network.coordinator());
		kerry = new DataSubject(UUID.randomUUID(), "Kerry " + family.surname(), Set.of(), LocalDate.of(1990, 7, 9),
				null, "kerry." + family.surname() + "@example.org", phone(), Set.of(family.parent()),
				Set.of(family.id()));
	}

	@Test
	void referralsNamingHerWithTheOtherPeopleRedacted() {
		var hers = referral("self", "Darren " + family.surname(),
				"Kerry " + family.surname() + " says Jayden " + family.surname() + " is not sleeping.",
				new String[] { "Kerry", family.surname(), "parent_or_carer" },
				new String[] { "Jayden", family.surname(), "child" });
		var other = referral("school", "A teacher", "Support for the family",
				new String[] { "Kerry", unrelated.surname(), "parent_or_carer" });

		var section = only(source(ReferralSubjectAccess.class).find(kerry), ReferralSubjectAccess.TITLE);

		var item = item(section, hers);
		assertThat(value(item, "You, as the referral names you")).isEqualTo("Kerry " + family.surname());
		assertThat(item.fields()).filteredOn(f -> f.label().equals("Another person the referral names"))
			.singleElement()
			.matches(SubjectAccessField::isRedacted);
		assertThat(redacted(item, "Referred by")).as("a family member who referred is someone else").isTrue();
		assertThat(value(item, "What was asked"))
			.isEqualTo("Kerry " + family.surname() + " says " + Identifiers.REDACTED_NAME + " is not sleeping.");
		assertThat(value(item, "Status")).isEqualTo("Waiting for a decision");
		assertNotThere(section, other);
		assertAudited("REFERRAL_SUBJECT_ACCESS_READ", hers);
	}

	@Test
	void courtDeskContactsWithHerDetailsAndNothingOfThePersonSentenced() {
		var hers = contact("Kerry", family.surname(), "+44 " + kerry.phone().substring(1));
		var other = contact("Kerry", unrelated.surname(), phone());

		var section = only(source(CourtDeskSubjectAccess.class).find(kerry), CourtDeskSubjectAccess.TITLE);

		var item = item(section, hers);
		assertThat(value(item, "Court")).isEqualTo("Reading Crown Court");
		assertThat(value(item, "Your relationship to the person sentenced")).isEqualTo("Partner or spouse");
		assertThat(value(item, "Agreed to be contacted")).isEqualTo("Yes");
		assertThat(value(item, "Leaflets you were given")).isEqualTo("Visiting someone in prison");
		assertThat(redacted(item, "The outcome at court")).isTrue();
		assertThat(redacted(item, "The children")).isTrue();
		assertNotThere(section, other);
		assertAudited("COURT_DESK_SUBJECT_ACCESS_READ", hers);
	}

	@Test
	void theSupportPlanOfHerFamilyWithTheChildsActionRedacted() {
		var planFamily = planFamily(family);
		var aboutTheChild = plans.action(planFamily, network.school(), null, PlanFixtures.today().plusDays(7));
		var aboutHer = plans.action(planFamily, network.housing(), null, PlanFixtures.today().plusDays(14),
				family.parent());
		var unrelatedAction = plans.action(planFamily(unrelated), network.school(), null,
				PlanFixtures.today().plusDays(7));

		var section = only(source(PlanSubjectAccess.class).find(kerry), PlanSubjectAccess.TITLE);

		assertThat(value(item(section, family.id()), "Goal (Education and school attendance)"))
			.isEqualTo("Goes to school every day");
		assertThat(redacted(item(section, aboutTheChild), "What the action is")).isTrue();
		assertThat(value(item(section, aboutTheChild), "Owned by")).startsWith("Primary school network");
		assertThat(value(item(section, aboutHer), "What the action is"))
			.isEqualTo("Meet the family and agree an attendance plan");
		assertNotThere(section, unrelatedAction);
		assertNotThere(section, unrelated.id());
		assertAudited("PLAN_SUBJECT_ACCESS_READ", family.id());
	}

	@Test
	void networkMinutesAboutHerFamilyAndThePassagesNamingHerOnly() {
		var coordinator = network.coordinator();
		var aboutHerFamily = agenda.meeting(network.id(), Instant.now().minus(Duration.ofDays(20)), coordinator);
		var item = agendaItem(aboutHerFamily, 1, "family", family.id(), "A family needing help with visits");
		var halfSister = "Mia " + letters();
		families.addPerson(family.id(), new NewPerson("Mia", halfSister.substring(4), null, LocalDate.of(2012, 11, 3),
				null, null, "daughter", FamilyRole.CHILD, null, "Year 9"));
		minute(aboutHerFamily, item, halfSister + " is settling in at school.");
		var namingHer = agenda.meeting(network.id(), Instant.now().minus(Duration.ofDays(10)), coordinator);
		var otherBusiness = agendaItem(namingHer, 1, "other", null, "Any other business");
		minute(namingHer, otherBusiness, "Housing will visit another family.\nKerry " + family.surname()
				+ " asked how to book visits.\nThe school has a new contact.");
		var unrelatedMeeting = agenda.meeting(network.id(), Instant.now().minus(Duration.ofDays(5)), coordinator);
		var unrelatedItem = agendaItem(unrelatedMeeting, 1, "family", unrelated.id(), "Another family");
		minute(unrelatedMeeting, unrelatedItem, "Kerry " + unrelated.surname() + " is doing well.");

		var section = only(source(NetworkSubjectAccess.class).find(kerry), NetworkSubjectAccess.TITLE);

		assertThat(value(item(section, aboutHerFamily), "Why it was raised"))
			.isEqualTo("A family needing help with visits");
		assertThat(value(item(section, aboutHerFamily), "Minutes, version 1, item 1"))
			.as("the child's name, on record, is someone else's")
			.isEqualTo(Identifiers.REDACTED_NAME + " is settling in at school.");
		assertThat(item(section, namingHer).fields()).filteredOn(f -> f.label().startsWith("Minutes"))
			.extracting(SubjectAccessField::value)
			.containsExactly("Kerry " + family.surname() + " asked how to book visits.");
		assertNotThere(section, unrelatedMeeting);
		assertAudited("NETWORK_SUBJECT_ACCESS_READ", aboutHerFamily);
		assertAudited("NETWORK_SUBJECT_ACCESS_READ", namingHer);
	}

	@Test
	void trainingBookingsWithHerEmailAndHerFeedbackOnly() {
		var trainer = training.trainer();
		var session = training.session(training.course("WORKSHOP", trainer), PlanFixtures.today().minusDays(3), 10,
				null, trainer);
		var hers = training.booking(session, "BOOKED", "SENCO", "STATUTORY", "FRONT_LINE", "A primary school");
		training.attended(hers.id(), trainer);
		training.feedback(hers.id(), 2, 4);
		var other = training.booking(session, "BOOKED", "SENCO", "STATUTORY", "FRONT_LINE", "A primary school");
		training.feedback(other.id(), 1, 5);
		var subject = new DataSubject(UUID.randomUUID(), "Someone " + family.surname(), Set.of(), null, null,
				hers.email().toUpperCase(), null, Set.of(), Set.of());

		var section = only(source(TrainingSubjectAccess.class).find(subject), TrainingSubjectAccess.TITLE);

		var item = item(section, hers.id());
		assertThat(value(item, "Attended")).isEqualTo("Yes");
		assertThat(value(item, "Your confidence after (1 to 5)")).isEqualTo("4");
		assertThat(value(item, "Role")).isNotBlank();
		assertNotThere(section, other.id());
		assertAudited("TRAINING_SUBJECT_ACCESS_READ", hers.id(), subject);
	}

	@Test
	void whatTheSchoolWasToldAboutHerFamilyWithTheChildRedacted() {
		var told = schoolTold(family, family.child());
		var other = schoolTold(unrelated, unrelated.child());

		var section = only(source(SchoolSubjectAccess.class).find(kerry), SchoolSubjectAccess.TITLE);

		var item = item(section, told);
		assertThat(value(item, "School")).startsWith("Primary school network");
		assertThat(redacted(item, "Pupil")).isTrue();
		assertThat(value(item, "What the school was told"))
			.isEqualTo("That one of its pupils has a parent or carer in custody");
		assertNotThere(section, other);
		assertAudited("SCHOOL_SUBJECT_ACCESS_READ", told);
	}

	@Test
	void prisonLiaisonContactsInHerName() {
		var prison = plans.organisation("HMP Test", OrganisationType.PRISON, null).id();
		var otherPrison = plans.organisation("HMP Other", OrganisationType.PRISON, null).id();
		liaison(prison, "Kerry " + family.surname());
		liaison(otherPrison, "Kerry " + unrelated.surname());

		var section = only(source(PrisonSubjectAccess.class).find(kerry), PrisonSubjectAccess.TITLE);

		assertThat(value(item(section, prison), "Family liaison contact")).isEqualTo("Kerry " + family.surname());
		assertNotThere(section, otherPrison);
		assertAudited("PRISON_SUBJECT_ACCESS_READ", prison);
	}

	@Test
	void releasePlansOfHerFamilyWithTheFathersPartsRedacted() {
		var father = inCustody(family);
		var plan = releasePlan(family, father);
		var unrelatedPlan = releasePlan(unrelated, inCustody(unrelated));

		var section = only(source(ReleaseSubjectAccess.class).find(kerry), ReleaseSubjectAccess.TITLE);

		var item = item(section, plan);
		assertThat(redacted(item, "Who the plan is for")).isTrue();
		assertThat(value(item, "Where they will live")).isEqualTo("The family home");
		assertThat(value(item, "The family's view")).isEqualTo("We want him home");
		assertThat(value(item, "Your agreement")).isEqualTo("Agrees");
		assertThat(redacted(item, "Probation, money, identity documents and the release day")).isTrue();
		assertNotThere(section, unrelatedPlan);
		assertAudited("RELEASE_SUBJECT_ACCESS_READ", plan);
	}

	@Test
	void buildingBridgesReferralsOfHerFamilyWithTheCheckRedacted() {
		var father = inCustody(family);
		var referral = bridgesReferral(family, father);
		var unrelatedReferral = bridgesReferral(unrelated, inCustody(unrelated));

		var section = only(source(BridgesSubjectAccess.class).find(kerry), BridgesSubjectAccess.TITLE);

		var item = item(section, referral);
		assertThat(redacted(item, "Who was referred")).isTrue();
		assertThat(value(item, "What the family said about having them home"))
			.isEqualTo("Yes, the family would have them home");
		assertThat(value(item, "Safeguarding check")).startsWith("Approved");
		assertThat(redacted(item, "The safeguarding check's assessment")).isTrue();
		assertThat(item.fields()).noneMatch(f -> "No concerns recorded".equals(f.value()));
		assertNotThere(section, unrelatedReferral);
		assertAudited("BRIDGES_SUBJECT_ACCESS_READ", referral);
	}

	@Test
	void aPersonNobodyHoldsFindsNoSections() {
		var nobody = new DataSubject(UUID.randomUUID(), "Nobody " + UUID.randomUUID().toString().substring(0, 8),
				Set.of(), null, null, null, null, Set.of(), Set.of());
		for (var type : List.of(ReferralSubjectAccess.class, CourtDeskSubjectAccess.class, PlanSubjectAccess.class,
				NetworkSubjectAccess.class, TrainingSubjectAccess.class, SchoolSubjectAccess.class,
				PrisonSubjectAccess.class, ReleaseSubjectAccess.class, BridgesSubjectAccess.class)) {
			assertThat(source(type).find(nobody)).as(type.getSimpleName()).isEmpty();
		}
	}

	// --- the modules' data, written as each module writes it

	private UUID referral(String source, String referrer, String reason, String[]... people) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into referral (id, source, referrer_name, locality_id, reason)
				values (:id, :source, :referrer, :locality, :reason)
				""")
			.param("id", id)
			.param("source", source)
			.param("referrer", referrer)
			.param("locality", network.locality())
			.param("reason", reason)
			.update();
		int position = 0;
		for (var person : people) {
			jdbc.sql("""
					insert into referral_person (id, referral_id, position, given_name, family_name, role)
					values (:id, :referral, :position, :given, :family, :role)
					""")
				.param("id", UUID.randomUUID())
				.param("referral", id)
				.param("position", position++)
				.param("given", person[0])
				.param("family", person[1])
				.param("role", person[2])
				.update();
		}
		return id;
	}

	private UUID contact(String given, String familyName, String phone) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into court_desk_contact (id, idempotency_key, recorded_by, court_id, occurred_at, relationship,
				                                outcome, children_count, leaflets, emotional_support, agrees_to_contact)
				values (:id, :key, :by, :court, now(), 'partner', 'immediate_custody', 1, '{visiting_prison}', true,
				        true)
				""")
			.param("id", id)
			.param("key", UUID.randomUUID())
			.param("by", network.coordinator().id())
			.param("court", READING_CROWN_COURT)
			.update();
		jdbc.sql("""
				insert into court_desk_contact_details (contact_id, given_name, family_name, phone, locality_id)
				values (:id, :given, :family, :phone, :locality)
				""")
			.param("id", id)
			.param("given", given)
			.param("family", familyName)
			.param("phone", phone)
			.param("locality", network.locality())
			.update();
		return id;
	}

	private PlanFixtures.PlanFamily planFamily(AgendaFixtures.TestFamily of) {
		var plan = jdbc.sql("select id from plan_support_plan where family_id = :family")
			.param("family", of.id())
			.query(UUID.class)
			.single();
		return new PlanFixtures.PlanFamily(of.id(), of.reference(), of.parent(), of.child(), plan, of.goal());
	}

	private UUID agendaItem(UUID meeting, int position, String kind, UUID familyId, String summary) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into network_agenda_item (id, meeting_id, position, kind, family_id, letter, summary, raised_by)
				values (:id, :meeting, :position, :kind, :family, :letter, :summary, :by)
				""")
			.param("id", id)
			.param("meeting", meeting)
			.param("position", position)
			.param("kind", kind)
			.param("family", familyId)
			.param("letter", (familyId != null) ? "A" : null)
			.param("summary", summary)
			.param("by", network.coordinator().id())
			.update();
		return id;
	}

	private void minute(UUID meeting, UUID item, String text) {
		jdbc.sql("""
				insert into network_minutes (meeting_id, number, status, published_at, published_by, created_by)
				values (:meeting, 1, 'published', now(), :by, :by) on conflict do nothing
				""").param("meeting", meeting).param("by", network.coordinator().id()).update();
		jdbc.sql("""
				insert into network_minute (meeting_id, number, item_id, text, written_by)
				values (:meeting, 1, :item, :text, :by)
				""")
			.param("meeting", meeting)
			.param("item", item)
			.param("text", text)
			.param("by", network.coordinator().id())
			.update();
	}

	private UUID schoolTold(AgendaFixtures.TestFamily of, UUID pupil) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into school_notification (id, school_id, family_id, person_id, notified_by)
				values (:id, :school, :family, :person, :by)
				""")
			.param("id", id)
			.param("school", network.school())
			.param("family", of.id())
			.param("person", pupil)
			.param("by", network.coordinator().id())
			.update();
		return id;
	}

	private void liaison(UUID prison, String name) {
		jdbc.sql("""
				insert into prison_family_service (organisation_id, liaison_name, liaison_email)
				values (:prison, :name, 'family.liaison@example.org')
				on conflict (organisation_id) do update set liaison_name = excluded.liaison_name
				""").param("prison", prison).param("name", name).update();
	}

	/** The family's father, in custody at HMP Bullingdon: his person and episode. */
	private InCustody inCustody(AgendaFixtures.TestFamily of) {
		var father = families.addPerson(of.id(), new NewPerson("Darren", of.surname(), null, LocalDate.of(1988, 4, 2),
				null, null, "father", FamilyRole.IN_CUSTODY, null, null));
		var episode = UUID.randomUUID();
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, prison_number, sentenced_on, sentence,
				                             expected_release_on)
				values (:id, :person, :prison, 'A1234BC', :sentenced, '4 years', :release)
				""")
			.param("id", episode)
			.param("person", father)
			.param("prison", BULLINGDON)
			.param("sentenced", PlanFixtures.today().minusMonths(6))
			.param("release", PlanFixtures.today().plusWeeks(8))
			.update();
		return new InCustody(father, episode);
	}

	private UUID releasePlan(AgendaFixtures.TestFamily of, InCustody father) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into release_plan (id, episode_id, family_id, person_id, started_on, started_by, living,
				                          family_view, probation_practitioner)
				values (:id, :episode, :family, :person, :today, :by, 'family_home', 'We want him home',
				        'A probation officer')
				""")
			.param("id", id)
			.param("episode", father.episode())
			.param("family", of.id())
			.param("person", father.person())
			.param("today", PlanFixtures.today())
			.param("by", network.coordinator().id())
			.update();
		jdbc.sql("""
				insert into release_plan_agreement (plan_id, person_id, answer) values (:plan, :person, 'agrees')
				""").param("plan", id).param("person", of.parent()).update();
		return id;
	}

	private UUID bridgesReferral(AgendaFixtures.TestFamily of, InCustody father) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into bridges_referral (id, family_id, custody_episode_id, person_id, pilot_id, referred_by,
				                              referred_at, referred_on, family_answer, family_says)
				values (:id, :family, :episode, :person, :pilot, :by, :at, :today, 'yes', 'He can come home')
				""")
			.param("id", id)
			.param("family", of.id())
			.param("episode", father.episode())
			.param("person", father.person())
			.param("pilot", BUILDING_BRIDGES_PILOT)
			.param("by", network.coordinator().id())
			.param("at", Timestamp.from(Instant.now()))
			.param("today", PlanFixtures.today())
			.update();
		var lead = plans.user(network.housing(), Role.SAFEGUARDING_LEAD);
		jdbc.sql("""
				insert into bridges_check (id, referral_id, family_id, locality_id, requested_by, requested_at,
				                           request_note, household, domestic_abuse, risk_to_children,
				                           licence_conditions, decision, reason, decided_by, decided_at)
				values (:id, :referral, :family, :locality, :by, now(), 'Please check', 'Mother (30s), son (9)',
				        'No concerns recorded', 'No concerns recorded', 'No concerns recorded', 'approved',
				        'Safe to go home', :lead, now())
				""")
			.param("id", UUID.randomUUID())
			.param("referral", id)
			.param("family", of.id())
			.param("locality", network.locality())
			.param("by", network.coordinator().id())
			.param("lead", lead.id())
			.update();
		return id;
	}

	// --- what the tests look for

	private <S extends SubjectAccessSource> S source(Class<S> type) {
		return sources.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	private static SubjectAccessSection only(List<SubjectAccessSection> sections, String title) {
		assertThat(sections).singleElement().extracting(SubjectAccessSection::title).isEqualTo(title);
		return sections.get(0);
	}

	private static SubjectAccessItem item(SubjectAccessSection section, UUID recordId) {
		return section.items()
			.stream()
			.filter(i -> i.recordId().equals(recordId.toString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No record " + recordId + " in " + section));
	}

	private static void assertNotThere(SubjectAccessSection section, UUID recordId) {
		assertThat(section.items()).extracting(SubjectAccessItem::recordId).doesNotContain(recordId.toString());
	}

	private static String value(SubjectAccessItem item, String label) {
		return item.fields()
			.stream()
			.filter(f -> f.label().equals(label) && !f.isRedacted())
			.map(SubjectAccessField::value)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No field " + label + " in " + item));
	}

	private static boolean redacted(SubjectAccessItem item, String label) {
		return item.fields().stream().anyMatch(f -> f.label().equals(label) && f.isRedacted() && f.value() == null);
	}

	private void assertAudited(String action, UUID recordId) {
		assertAudited(action, recordId, kerry);
	}

	private void assertAudited(String action, UUID recordId, DataSubject subject) {
		var events = jdbc.sql("""
				select basis || ' ' || basis_reference from audit_event
				where action = :action and record_id = :id and outcome = 'ALLOWED'
				""").param("action", action).param("id", recordId.toString()).query(String.class).list();
		assertThat(events).containsExactly("ROLE " + subject.requestId());
	}

	private static String phone() {
		return "07700 9" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
	}

	/** A family name of letters only, as the names on record are looked for in texts. */
	private static String letters() {
		var random = ThreadLocalRandom.current();
		var name = new StringBuilder("Q");
		for (int i = 0; i < 9; i++) {
			name.append((char) ('a' + random.nextInt(26)));
		}
		return name.toString();
	}

	private record InCustody(UUID person, UUID episode) {
	}

}
