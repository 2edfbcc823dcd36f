package org.familymatters.consent;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.internal.ConsentMethod;
import org.familymatters.consent.internal.Consents;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyRole;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.referral.NewReferral;
import org.familymatters.referral.ReferralIntake;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.internal.ReferralTriage;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 4 done: a family referred by a school appears in its locality's triage queue, is
 * accepted, matched to the father already recorded from an earlier referral, and its
 * consent lets the school see only the child; withdrawing consent removes that view at
 * the next request; every step is in the audit trail.
 */
@IntegrationTest
class SchoolReferralToConsentTest {

	@Autowired
	ConsentFixtures fixtures;

	@Autowired
	ReferralIntake intake;

	@Autowired
	ReferralTriage triage;

	@Autowired
	Consents consents;

	@Autowired
	FamilyRecords records;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aSchoolsReferralIsAcceptedMatchedAndSharedOnlyAsConsentAllows() throws Exception {
		var locality = fixtures.locality("Done when").id();
		var familyMatters = fixtures.organisation("Family Matters done when", OrganisationType.VOLUNTARY, locality);
		var supportWorker = fixtures.user(familyMatters.id(), Role.SUPPORT_WORKER);
		var probation = fixtures.organisation("Probation done when", OrganisationType.PROBATION, locality);
		var officer = fixtures.user(probation.id(), Role.AGENCY_PRACTITIONER);
		var school = fixtures.organisation("Primary school done when", OrganisationType.SCHOOL, locality);
		var teacher = fixtures.user(school.id(), Role.AGENCY_PRACTITIONER);
		var surname = ConsentFixtures.unique("Parent");

		// An earlier referral, from probation, records the father.
		var earlier = fixtures.as(officer,
				() -> intake.receive(referral(ReferralSource.PROBATION, probation.id(), locality, List.of(
						person("Adult", surname, LocalDate.of(1987, 3, 14), FamilyRole.IN_CUSTODY, "father"),
						person("Carer", surname, LocalDate.of(1989, 8, 30), FamilyRole.PARENT_OR_CARER, "mother")))));
		var familyId = fixtures.as(supportWorker,
				() -> triage.acceptIntoNewFamily(earlier.id(), version(earlier.id())).referral().familyId());
		var father = jdbc.sql("select id from person where family_id = :f and role = 'in_custody'")
			.param("f", familyId)
			.query(UUID.class)
			.single();
		var mother = jdbc.sql("select id from person where family_id = :f and role = 'parent_or_carer'")
			.param("f", familyId)
			.query(UUID.class)
			.single();

		// The school refers the child, naming the father with a typing error in his
		// surname.
		var typed = surname.substring(0, 2) + surname.substring(3);
		var fromSchool = fixtures
			.as(teacher,
					() -> intake.receive(referral(ReferralSource.SCHOOL, school.id(), locality, List.of(
							person("Child", surname, LocalDate.of(2017, 5, 2), FamilyRole.CHILD, "son"),
							person("Adult", typed, LocalDate.of(1987, 3, 14), FamilyRole.IN_CUSTODY, "father")))));
		assertThat(fixtures.as(supportWorker, () -> triage.queue(100)))
			.as("the school's referral is in the locality's triage queue")
			.anySatisfy(r -> assertThat(r.id()).isEqualTo(fromSchool.id()));
		var view = fixtures.as(supportWorker, () -> triage.open(fromSchool.id()));
		var named = view.people()
			.stream()
			.filter(p -> p.person().role() == FamilyRole.IN_CUSTODY)
			.findFirst()
			.orElseThrow();
		assertThat(named.matches()).as("the father is found although his name was mistyped")
			.anySatisfy(m -> assertThat(m.match().personId()).isEqualTo(father));
		fixtures.as(supportWorker, () -> triage.acceptIntoFamily(fromSchool.id(), version(fromSchool.id()), familyId,
				List.of(new ReferralTriage.SamePerson(named.person().id(), father))));
		assertThat(jdbc.sql("select count(*) from person where family_id = :f and role = 'in_custody'")
			.param("f", familyId)
			.query(Long.class)
			.single()).as("the father is not recorded twice").isEqualTo(1);
		jdbc.sql(
				"update person set school_id = :school, school_year = 'Year 4' where family_id = :f and role = 'child'")
			.param("school", school.id())
			.param("f", familyId)
			.update();

		// The mother consents to the school knowing who the child is.
		var subject = new AccessSubject(familyId, locality, null, java.util.Map.of());
		var consent = fixtures.as(supportWorker,
				() -> consents.record(subject,
						new Consents.NewConsent(mother, ConsentMethod.SIGNED_FORM, null, ConsentFixtures.today(),
								"So that the school can support the child", EnumSet.of(InformationKind.IDENTITY),
								Set.of(school.id()), Set.of(), ConsentFixtures.today().plusMonths(6))));

		var seen = fixtures.as(teacher, () -> records.view(familyId));
		assertThat(seen.people()).as("the school sees only the child")
			.singleElement()
			.satisfies(p -> assertThat(p.role()).isEqualTo(FamilyRole.CHILD));
		assertThat(seen.custody()).isEmpty();
		mvc.perform(get("/families/" + familyId).with(user(teacher))).andExpect(status().isOk());

		// Consent is withdrawn; the school's next request is refused.
		mvc.perform(post("/families/" + familyId + "/consent/" + consent + "/withdraw")
			.param("note", "Withdrawn by the mother")
			.with(user(supportWorker))
			.with(csrf())).andExpect(status().is3xxRedirection());
		fixtures.as(teacher,
				() -> assertThatThrownBy(() -> records.view(familyId)).isInstanceOf(AccessDeniedException.class));
		mvc.perform(get("/families/" + familyId).with(user(teacher))).andExpect(status().isForbidden());

		// Every step is in the audit trail.
		assertThat(audit("referral", earlier.id())).contains("REFERRAL_RECEIVED ALLOWED", "REFERRAL_ACCEPTED ALLOWED");
		assertThat(audit("referral", fromSchool.id())).contains("REFERRAL_RECEIVED ALLOWED", "REFERRAL_VIEWED ALLOWED",
				"REFERRAL_ACCEPTED ALLOWED");
		assertThat(audit("family", familyId)).contains("FAMILY_CREATED ALLOWED", "FAMILY_PEOPLE_ADDED ALLOWED",
				"CONSENT_RECORDED ALLOWED", "FAMILY_VIEWED ALLOWED", "CONSENT_WITHDRAWN ALLOWED",
				"FAMILY_VIEWED REFUSED");
		assertThat(fixtures.auditFor(familyId, "FAMILY_VIEWED")).contains(
				teacher.username() + " ALLOWED CONSENT " + consent,
				teacher.username() + " REFUSED CONSENT WITHDRAWN:" + consent);
	}

	private long version(UUID referral) {
		return jdbc.sql("select version from referral where id = :id").param("id", referral).query(Long.class).single();
	}

	private List<String> audit(String recordType, UUID id) {
		return jdbc
			.sql("""
					select action || ' ' || outcome from audit_event where record_type = :type and record_id = :id order by id
					""")
			.param("type", recordType)
			.param("id", id.toString())
			.query(String.class)
			.list();
	}

	private static NewReferral referral(ReferralSource source, UUID organisation, UUID locality,
			List<NewReferral.Person> people) {
		return new NewReferral(source, "Referrer (test)", "referrer@example.org", null, organisation, null, locality,
				people, "The father has been sent to prison and the family needs support.", List.of(), List.of(), true);
	}

	private static NewReferral.Person person(String given, String family, LocalDate born, FamilyRole role,
			String relationship) {
		return new NewReferral.Person(given, family, null, born, relationship, role, null, null, null, null);
	}

}
