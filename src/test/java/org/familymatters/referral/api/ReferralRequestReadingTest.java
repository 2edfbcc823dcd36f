package org.familymatters.referral.api;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.ReferralProblem;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.api.ReferralApi.PersonRequest;
import org.familymatters.referral.api.ReferralApi.ReferralRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API reads a request with the same input rules as the forms, without Spring: what
 * cannot be read is named by its field, the rest is left to the intake's rules.
 */
class ReferralRequestReadingTest {

	private static PersonRequest person(String dateOfBirth, String role) {
		return new PersonRequest("Morgan", "Quinn", null, dateOfBirth, null, role, null, null, null, null);
	}

	private static ReferralRequest request(String source, String locality, List<PersonRequest> people,
			List<String> needs) {
		return new ReferralRequest(source, "Officer", "officer@example.org", null, null, "Probation", locality, people,
				"Sentenced today", needs, List.of(), true);
	}

	@Test
	void aGoodRequestIsReadWithItsCodesDatesAndIdentifiers() {
		var locality = UUID.randomUUID();
		var need = UUID.randomUUID();
		var read = ReferralRequestReading.read(request(" probation ", locality.toString(),
				List.of(person("1985-06-07", "in_custody")), List.of(need.toString())));
		assertThat(read.problems()).isEmpty();
		var referral = read.referral();
		assertThat(referral.source()).isEqualTo(ReferralSource.PROBATION);
		assertThat(referral.localityId()).isEqualTo(locality);
		assertThat(referral.needs()).containsExactly(need);
		assertThat(referral.people().get(0).dateOfBirth()).isEqualTo(LocalDate.of(1985, 6, 7));
		assertThat(referral.people().get(0).role()).isEqualTo(FamilyRole.IN_CUSTODY);
		assertThat(referral.consentToContact()).isTrue();
	}

	@Test
	void whatCannotBeReadIsNamedByItsField() {
		var read = ReferralRequestReading.read(request("nowhere", "not-an-id",
				List.of(person("31/02/2015", "king"), person("2015-02-31", null)), List.of("not-an-id")));
		assertThat(read.problems()).containsExactly(new ReferralProblem("source", "referral.source.required"),
				new ReferralProblem("people[0].dateOfBirth", "date.invalid"),
				new ReferralProblem("people[0].role", "referral.person.role.required"),
				new ReferralProblem("people[1].dateOfBirth", "date.invalid"),
				new ReferralProblem("localityId", "referral.locality.required"),
				new ReferralProblem("needs", "referral.needs.unknown"));
	}

	@Test
	void controlCharactersInACodeOrAnIdentifierAreNotRead() {
		var read = ReferralRequestReading.read(
				request("school\u0000", UUID.randomUUID() + "\u0000", List.of(person(null, "child\u0000")), List.of()));
		assertThat(read.problems()).extracting(ReferralProblem::field)
			.containsExactly("source", "people[0].role", "localityId");
	}

	@Test
	void anEmptyBodyOrAMissingPersonIsLeftForTheIntakeToRefuse() {
		var empty = ReferralRequestReading.read(null);
		assertThat(empty.problems()).isEmpty();
		assertThat(empty.referral().people()).isEmpty();
		var withNull = ReferralRequestReading
			.read(request("school", null, Arrays.asList((PersonRequest) null), List.of()));
		assertThat(withNull.referral().people()).hasSize(1);
		assertThat(withNull.referral().people().get(0).givenName()).isNull();
	}

}
