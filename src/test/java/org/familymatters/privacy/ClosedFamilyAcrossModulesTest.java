package org.familymatters.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.family.internal.ClosedFamiliesRetention;
import org.familymatters.identity.OrganisationType;
import org.familymatters.network.MeetingFixtures;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.privacy.internal.RetentionRun;
import org.familymatters.shared.privacy.FamiliesAnonymised;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A closed family's records in the other modules go with the family (issue 17, ADR 0016,
 * "Closed families across modules"): a family closed on 1 March 1950 is made anonymous by
 * the family module's rule as of 2 March 1956 (nothing another test makes is closed that
 * early), and each module's listener takes the family's words out of its own rows —
 * support plan, consent and request to share, what a school was told, release plan,
 * Building Bridges, network agenda and minutes, the referral it came from — leaving the
 * outcomes figures of its locality as they were, an open family's records untouched, an
 * audit event per module, and nothing done twice when the event comes again.
 */
@IntegrationTest
class ClosedFamilyAcrossModulesTest {

	private static final Duration LISTENERS = Duration.ofSeconds(30);

	private static final List<String> AUDITED = List.of("BRIDGES_CLOSED_FAMILY_ANONYMISED",
			"CONSENT_CLOSED_FAMILY_ANONYMISED", "NETWORK_CLOSED_FAMILY_ANONYMISED", "PLAN_CLOSED_FAMILY_ANONYMISED",
			"REFERRAL_CLOSED_FAMILY_ANONYMISED", "RELEASE_CLOSED_FAMILY_ANONYMISED", "SCHOOL_CLOSED_FAMILY_REMOVED");

	/**
	 * Each table's rows about a family (its id is {@code :family}), to look for words in.
	 */
	private static final Map<String, String> ROWS_OF = Map.ofEntries(
			Map.entry("plan_goal", "plan_id in (select id from plan_support_plan where family_id = :family)"),
			Map.entry("plan_action", "family_id = :family"),
			Map.entry("plan_action_note", "action_id in (select id from plan_action where family_id = :family)"),
			Map.entry("plan_review", "plan_id in (select id from plan_support_plan where family_id = :family)"),
			Map.entry("plan_support_plan", "family_id = :family"),
			Map.entry("plan_assessment_score",
					"assessment_id in (select id from plan_assessment where family_id = :family)"),
			Map.entry("consent", "family_id = :family"), Map.entry("safeguarding_request", "family_id = :family"),
			Map.entry("release_plan", "family_id = :family"),
			Map.entry("release_plan_agreement", "plan_id in (select id from release_plan where family_id = :family)"),
			Map.entry("bridges_referral", "family_id = :family"), Map.entry("bridges_check", "family_id = :family"),
			Map.entry("bridges_housing_referral",
					"referral_id in (select id from bridges_referral where family_id = :family)"),
			Map.entry("network_agenda_item", "family_id = :family"),
			Map.entry("network_minute", "item_id in (select id from network_agenda_item where family_id = :family)"),
			Map.entry("referral", "family_id = :family"),
			Map.entry("referral_person", "referral_id in (select id from referral where family_id = :family)"));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClosedFamiliesRetention families;

	@Autowired
	PlanFixtures plans;

	@Autowired
	MeetingFixtures meetings;

	@Autowired
	PrivacyFixtures privacy;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aClosedFamilysRecordsInEveryModuleAreMadeAnonymousWithItAndTheFiguresStay() {
		var locality = plans.locality("Closed across modules").id();
		var school = plans.organisation("Closed across modules school", OrganisationType.SCHOOL, locality).id();
		var network = meetings.network();
		var meeting = meetings.meeting(network.id(), Instant.parse("1950-01-10T10:00:00Z"));
		var closedWords = PrivacyFixtures.unique("Zelda");
		var openWords = PrivacyFixtures.unique("Yusuf");
		var closed = family(locality, OffsetDateTime.of(1950, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC));
		var open = family(locality, null);
		records(closed, locality, school, meeting, 1, closedWords, true);
		records(open, locality, school, meeting, 2, openWords, false);
		assertThat(rowsNaming(closed, closedWords)).as("the fixtures wrote the words everywhere")
			.containsOnlyKeys(ROWS_OF.keySet());
		var outcomes = outcomes(locality);
		assertThat(outcomes).isNotEmpty();
		var openBefore = rowsNaming(open, openWords);

		families.apply(RetentionRun.cutoff(LocalDate.of(1956, 3, 2), 72), 500);
		await().atMost(LISTENERS).until(() -> audited(closed).containsAll(AUDITED));

		assertThat(rowsNaming(closed, closedWords)).as("no module keeps the closed family's words").isEmpty();
		assertThat(rowsNaming(open, openWords)).as("the open family's records are untouched")
			.isEqualTo(openBefore)
			.containsKeys("plan_goal", "consent", "release_plan", "bridges_check", "network_minute", "referral_person");
		assertThat(outcomes(locality)).as("the outcomes figures of the locality").isEqualTo(outcomes);
		assertThat(count("select count(*) from school_notification where family_id = :family", closed)).isZero();
		assertThat(count("select count(*) from school_notification where family_id = :family", open)).isOne();
		var release = jdbc.sql("select * from release_plan where family_id = :family")
			.param("family", closed)
			.query()
			.singleRow();
		assertThat(release.get("postcode")).isNull();
		assertThat(release.get("living")).as("counted by kind").isEqualTo("other_address");
		assertThat(release.get("address_line_1")).isEqualTo(FamiliesAnonymised.REMOVED);
		var bridges = jdbc.sql("select * from bridges_referral where family_id = :family")
			.param("family", closed)
			.query()
			.singleRow();
		assertThat(bridges.get("accommodation")).as("the pilot report's figure").isEqualTo("approved_premises");
		assertThat(bridges.get("home_decision")).isEqualTo("not_suitable");
		var referral = jdbc
			.sql("select * from referral_person where referral_id in "
					+ "(select id from referral where family_id = :family)")
			.param("family", closed)
			.query()
			.singleRow();
		assertThat(referral.get("given_name")).isEqualTo("Removed");
		assertThat(referral.get("date_of_birth")).isNull();
		assertThat(referral.get("role")).isEqualTo("parent_or_carer");
		assertThat(count("""
				select count(*) from plan_assessment_score s join plan_assessment a on a.id = s.assessment_id
				where a.family_id = :family and s.score is not null and s.note is null
				""", closed)).as("scores kept, notes gone").isEqualTo(2);
		assertThat(audited(open)).doesNotContainAnyElementsOf(AUDITED);
		await().atMost(LISTENERS).until(() -> completed(closed) == AUDITED.size());
		assertThat(count("""
				select count(*) from event_publication
				where serialized_event like '%' || cast(:family as text) || '%' and serialized_event ilike :words
				""", closed, closedWords)).as("the event carries ids, not words").isZero();

		// The registry may deliver the event again: nothing changes, nothing is audited
		// twice.
		transaction.executeWithoutResult(status -> events.publishEvent(new FamiliesAnonymised(List.of(closed))));
		await().atMost(LISTENERS).until(() -> completed(closed) == 2L * AUDITED.size());
		assertThat(audited(closed)).hasSize(AUDITED.size());
		assertThat(rowsNaming(closed, closedWords)).isEmpty();
	}

	/** How many of the listeners' deliveries of events about the family are done. */
	private long completed(UUID family) {
		return count(
				"""
						select count(*) from event_publication
						where event_type like '%FamiliesAnonymised' and serialized_event like '%' || cast(:family as text) || '%'
						  and completion_date is not null
						""",
				family, "");
	}

	/** The tables whose rows about the family hold the words, with how many rows. */
	private Map<String, Long> rowsNaming(UUID family, String words) {
		var found = new java.util.TreeMap<String, Long>();
		ROWS_OF.forEach((table, rows) -> {
			long n = jdbc
				.sql("select count(*) from " + table + " t where (" + rows + ") and row_to_json(t)::text ilike :words")
				.param("family", family)
				.param("words", "%" + words + "%")
				.query(Long.class)
				.single();
			if (n > 0) {
				found.put(table, n);
			}
		});
		return found;
	}

	private List<String> outcomes(UUID locality) {
		return jdbc
			.sql("""
					select closed_on || ' ' || dimension || ' ' || key || ' ' || closed || ' ' || assessed || ' ' || improved
					       || ' ' || same || ' ' || worse || ' ' || total || ' ' || any_improved
					from plan_outcome_day where locality_id = :locality order by 1
					""")
			.param("locality", locality)
			.query(String.class)
			.list();
	}

	private List<String> audited(UUID family) {
		return jdbc.sql("""
				select action from audit_event
				where record_type = 'family' and record_id = :id and basis = 'SYSTEM' and basis_reference = :reference
				order by action
				""")
			.param("id", family.toString())
			.param("reference", FamiliesAnonymised.BASIS_REFERENCE)
			.query(String.class)
			.list();
	}

	private long count(String sql, UUID family) {
		return count(sql, family, "");
	}

	private long count(String sql, UUID family, String words) {
		return jdbc.sql(sql).param("family", family).param("words", "%" + words + "%").query(Long.class).single();
	}

	private UUID family(UUID locality, OffsetDateTime closedAt) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into family (id, locality_id, status, closed_reason, address_line_1, town, postcode, closed_at)
				values (:id, :locality, :status, :reason, '1 Example Street', 'Banbury', 'OX16 5QB', :closed)
				""")
			.param("id", id)
			.param("locality", locality)
			.param("status", (closedAt != null) ? "closed" : "active")
			.param("reason", (closedAt != null) ? "Support finished" : null)
			.param("closed", closedAt)
			.update();
		return id;
	}

	/**
	 * The family's records in every module, each free text holding {@code words}: a
	 * parent, a child and a father in custody; a support plan (closed, with a first and a
	 * closing assessment, when {@code closedPlan}) with a goal, an action that cannot be
	 * done, a note and a review; a witnessed consent and a request to share; what a
	 * school was told about the child; a release plan to another address with the
	 * parent's note; a Building Bridges referral with its check and housing referral; an
	 * agenda item of the meeting with its minute; the accepted referral it came from.
	 */
	private void records(UUID family, UUID locality, UUID school, UUID meeting, int position, String words,
			boolean closedPlan) {
		var by = privacy.user("demo-support");
		var parent = person(family, words, "parent_or_carer", LocalDate.of(1920, 4, 1));
		var child = person(family, words, "child", LocalDate.of(1941, 6, 1));
		var father = person(family, words, "in_custody", LocalDate.of(1918, 2, 1));
		var say = words + " said so";

		var first = assessment(family, LocalDate.of(1949, 1, 10), "first", 2, say, by);
		var closing = closedPlan ? assessment(family, LocalDate.of(1950, 2, 20), "closing", 4, null, by) : null;
		var plan = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_support_plan (id, family_id, locality_id, started_on, status, closed_on, closed_reason,
				                               closing_assessment_id, created_by)
				values (:id, :family, :locality, '1949-01-10', :status, :closedOn, :reason, :closing, :by)
				""")
			.param("id", plan)
			.param("family", family)
			.param("locality", locality)
			.param("status", closedPlan ? "closed" : "open")
			.param("closedOn", closedPlan ? LocalDate.of(1950, 2, 20) : null)
			.param("reason", closedPlan ? say : null)
			.param("closing", closing)
			.param("by", by)
			.update();
		var goal = UUID.randomUUID();
		jdbc.sql("insert into plan_goal (id, plan_id, need_area_id, text) values (:id, :plan, :area, :text)")
			.param("id", goal)
			.param("plan", plan)
			.param("area", PlanFixtures.HOUSING)
			.param("text", say)
			.update();
		var action = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_action (id, plan_id, goal_id, family_id, description, about_person_id,
				                         owner_organisation_id, due_on, status, status_reason)
				values (:id, :plan, :goal, :family, :text, :child, :school, '1949-03-01', 'cannot_be_done', :text)
				""")
			.param("id", action)
			.param("plan", plan)
			.param("goal", goal)
			.param("family", family)
			.param("text", say)
			.param("child", child)
			.param("school", school)
			.update();
		jdbc.sql("insert into plan_action_note (id, action_id, written_by, text) values (:id, :action, :by, :text)")
			.param("id", UUID.randomUUID())
			.param("action", action)
			.param("by", by)
			.param("text", say)
			.update();
		jdbc.sql("""
				insert into plan_review (id, plan_id, reviewed_on, attended, what_changed, recorded_by)
				values (:id, :plan, '1949-06-01', :text, :text, :by)
				""").param("id", UUID.randomUUID()).param("plan", plan).param("text", say).param("by", by).update();
		assertThat(first).isNotNull();

		jdbc.sql("""
				insert into consent (id, family_id, giver_id, method, witness, given_on, purpose)
				values (:id, :family, :giver, 'verbal_witnessed', :text, '1949-01-10', :text)
				""")
			.param("id", UUID.randomUUID())
			.param("family", family)
			.param("giver", parent)
			.param("text", say)
			.update();
		jdbc.sql("""
				insert into safeguarding_request (id, family_id, requested_by, reason, organisation_ids, locality_id)
				values (:id, :family, :by, :text, :orgs, :locality)
				""")
			.param("id", UUID.randomUUID())
			.param("family", family)
			.param("by", by)
			.param("text", say)
			.param("orgs", new UUID[] { school })
			.param("locality", locality)
			.update();

		var notification = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into school_notification (id, school_id, family_id, person_id, notified_by, notified_at, ended_at)
						values (:id, :school, :family, :child, :by, '1949-02-01', '1950-02-20')
						""")
			.param("id", notification)
			.param("school", school)
			.param("family", family)
			.param("child", child)
			.param("by", by)
			.update();
		jdbc.sql("""
				insert into school_mail (notification_id, kind, recipient_id, sent_at)
				values (:id, 'told', :by, '1949-02-01')
				""").param("id", notification).param("by", by).update();

		var episode = UUID.randomUUID();
		jdbc.sql("""
				insert into custody_episode (id, person_id, prison_id, sentenced_on, expected_release_on)
				values (:id, :person, '3a9e0c44-0000-4000-8000-000000000001', '1948-01-01', '1949-12-01')
				""").param("id", episode).param("person", father).update();
		var release = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into release_plan (id, episode_id, family_id, person_id, started_on, started_by, living,
						                          address_line_1, town, postcode, family_view, probation_practitioner,
						                          probation_contact, money_note, met_by, travel, first_appointments)
						values (:id, :episode, :family, :person, '1949-06-01', :by, 'other_address', :text, 'Banbury', 'OX16 5QB',
						        :text, :text, :text, :text, :text, :text, :text)
						""")
			.param("id", release)
			.param("episode", episode)
			.param("family", family)
			.param("person", father)
			.param("by", by)
			.param("text", say)
			.update();
		jdbc.sql("""
				insert into release_plan_agreement (plan_id, person_id, answer, note)
				values (:plan, :person, 'agrees', :text)
				""").param("plan", release).param("person", parent).param("text", say).update();

		var bridges = UUID.randomUUID();
		jdbc.sql("""
				insert into bridges_referral (id, family_id, custody_episode_id, person_id, pilot_id, referred_by,
				                              referred_at, referred_on, family_answer, family_says, home_decision,
				                              home_reason, home_decided_by, home_decided_on, accommodation, released_on)
				values (:id, :family, :episode, :person, 'bb000000-0000-4000-8000-000000000001', :by, '1949-06-01',
				        '1949-06-01', 'yes', :text, 'not_suitable', :text, :by, '1949-07-01', 'approved_premises',
				        '1949-12-01')
				""")
			.param("id", bridges)
			.param("family", family)
			.param("episode", episode)
			.param("person", father)
			.param("by", by)
			.param("text", say)
			.update();
		jdbc.sql("""
				insert into bridges_check (id, referral_id, family_id, locality_id, requested_by, requested_at,
				                           request_note, household, domestic_abuse)
				values (:id, :referral, :family, :locality, :by, '1949-06-02', :text, :text, :text)
				""")
			.param("id", UUID.randomUUID())
			.param("referral", bridges)
			.param("family", family)
			.param("locality", locality)
			.param("by", by)
			.param("text", say)
			.update();
		jdbc.sql("""
				insert into bridges_housing_referral (referral_id, council, referred_on, answer, answered_on)
				values (:referral, :text, '1949-06-03', :text, '1949-06-20')
				""").param("referral", bridges).param("text", say).update();

		var item = UUID.randomUUID();
		jdbc.sql("""
				insert into network_agenda_item (id, meeting_id, position, kind, family_id, letter, summary, raised_by)
				values (:id, :meeting, :position, 'family', :family, :letter, :text, :by)
				""")
			.param("id", item)
			.param("meeting", meeting)
			.param("position", position)
			.param("family", family)
			.param("letter", "Family " + (char) ('A' + position - 1))
			.param("text", say)
			.param("by", by)
			.update();
		jdbc.sql("""
				insert into network_minutes (meeting_id, number, created_by) values (:meeting, 1, :by)
				on conflict do nothing
				""").param("meeting", meeting).param("by", by).update();
		jdbc.sql("""
				insert into network_minute (meeting_id, number, item_id, text, written_by)
				values (:meeting, 1, :item, :text, :by)
				""").param("meeting", meeting).param("item", item).param("text", say).param("by", by).update();

		var referral = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into referral (id, source, referrer_name, referrer_email, locality_id, reason, status, decided_by,
						                      decided_at, family_id, best_time_to_call)
						values (:id, 'self', :text, :email, :locality, :text, 'accepted', :by, '1949-01-05', :family, :text)
						""")
			.param("id", referral)
			.param("text", say)
			.param("email", words.toLowerCase() + "@example.org")
			.param("locality", locality)
			.param("by", by)
			.param("family", family)
			.update();
		jdbc.sql(
				"""
						insert into referral_person (id, referral_id, position, given_name, family_name, date_of_birth, role,
						                             address, postcode, person_id)
						values (:id, :referral, 1, :name, 'Example', '1920-04-01', 'parent_or_carer', :text, 'OX16 5QB', :person)
						""")
			.param("id", UUID.randomUUID())
			.param("referral", referral)
			.param("name", words)
			.param("text", say)
			.param("person", parent)
			.update();
	}

	private UUID person(UUID family, String given, String role, LocalDate born) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into person (id, family_id, given_name, family_name, date_of_birth, role)
				values (:id, :family, :given, 'Example', :born, :role)
				""")
			.param("id", id)
			.param("family", family)
			.param("given", given)
			.param("born", born)
			.param("role", role)
			.update();
		return id;
	}

	private UUID assessment(UUID family, LocalDate on, String kind, int score, String words, UUID by) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_assessment (id, family_id, assessed_on, kind, assessed_by)
				values (:id, :family, :on, :kind, :by)
				""")
			.param("id", id)
			.param("family", family)
			.param("on", on)
			.param("kind", kind)
			.param("by", by)
			.update();
		jdbc.sql("""
				insert into plan_assessment_score (assessment_id, need_area_id, score, note, family_view)
				values (:id, :area, :score, :text, :text)
				""")
			.param("id", id)
			.param("area", PlanFixtures.HOUSING)
			.param("score", score)
			.param("text", words)
			.update();
		return id;
	}

}
