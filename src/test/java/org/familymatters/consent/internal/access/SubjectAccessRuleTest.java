package org.familymatters.consent.internal.access;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;
import org.familymatters.identity.Role;
import org.familymatters.shared.privacy.SubjectAccessGrant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data protection officer's basis (ADR 0017), without Spring: a family's record only
 * for an open request whose confirmed people belong to that family; nothing by the
 * ordinary rule.
 */
class SubjectAccessRuleTest {

	static final UUID FAMILY = UUID.fromString("f0000000-0000-4000-8000-000000000001");

	static final UUID OTHER_FAMILY = UUID.fromString("f0000000-0000-4000-8000-000000000002");

	static final UUID REQUEST = UUID.fromString("e0000000-0000-4000-8000-000000000001");

	static final AccessSubject SUBJECT = new AccessSubject(FAMILY,
			UUID.fromString("10000000-0000-4000-8000-000000000001"), null, Map.of());

	static final Viewer OFFICER = new Viewer(UUID.fromString("a0000000-0000-4000-8000-000000000001"),
			Set.of(Role.DATA_PROTECTION_OFFICER), null);

	@Test
	void anOpenRequestNamingTheFamilyShowsEverythingOnTheRoleWithTheRequestAsReference() {
		var access = AccessRule.forRequest(OFFICER, SUBJECT, new SubjectAccessGrant(REQUEST, true, Set.of(FAMILY)));

		assertThat(access.allowed()).isTrue();
		assertThat(access.basis()).isEqualTo(Basis.ROLE);
		assertThat(access.reference()).isEqualTo(REQUEST.toString());
		assertThat(access.kinds()).containsExactlyInAnyOrder(InformationKind.values());
		assertThat(access.mayChange()).isFalse();
	}

	@Test
	void aRequestNoLongerOpenShowsNothing() {
		var access = AccessRule.forRequest(OFFICER, SUBJECT, new SubjectAccessGrant(REQUEST, false, Set.of(FAMILY)));

		assertThat(access.allowed()).isFalse();
		assertThat(access.reference()).isEqualTo("REQUEST_NOT_OPEN:" + REQUEST);
	}

	@Test
	void anOpenRequestForAnotherFamilyShowsNothingOfThisOne() {
		var access = AccessRule.forRequest(OFFICER, SUBJECT,
				new SubjectAccessGrant(REQUEST, true, Set.of(OTHER_FAMILY)));

		assertThat(access.allowed()).isFalse();
		assertThat(access.basis()).isEqualTo(Basis.ROLE);
		assertThat(access.reference()).isEqualTo("NOT_NAMED_BY_REQUEST:" + REQUEST);
	}

	@Test
	void withoutARequestNothing() {
		assertThat(AccessRule.forRequest(OFFICER, SUBJECT, null).reference()).isEqualTo("NO_REQUEST");
		assertThat(AccessRule.searchForRequest(OFFICER, null).allowed()).isFalse();
	}

	@Test
	void anotherRoleGetsNothingEvenWithAnOpenRequest() {
		var supportWorker = new Viewer(UUID.randomUUID(), Set.of(Role.AGENCY_PRACTITIONER),
				new Viewer.Organisation(UUID.randomUUID(), OrganisationType.SCHOOL, null, true));
		var grant = new SubjectAccessGrant(REQUEST, true, Set.of(FAMILY));

		assertThat(AccessRule.forRequest(supportWorker, SUBJECT, grant).allowed()).isFalse();
		assertThat(AccessRule.forRequest(supportWorker, SUBJECT, grant).reference()).isEqualTo("AGENCY_PRACTITIONER");
		assertThat(AccessRule.forRequest(Viewer.ANONYMOUS, SUBJECT, grant).allowed()).isFalse();
	}

	@Test
	void theOrdinaryRuleGivesTheOfficerNothing() {
		var access = AccessRule.decide(AccessFacts.withoutSharing(OFFICER, SUBJECT), LocalDate.of(2026, 6, 15));

		assertThat(access.allowed()).isFalse();
		assertThat(access.reference()).isEqualTo("DATA_PROTECTION_OFFICER");
	}

	@Test
	void theSearchNeedsAnOpenRequestOnly() {
		assertThat(AccessRule.searchForRequest(OFFICER, new SubjectAccessGrant(REQUEST, true, Set.of())).allowed())
			.isTrue();
		assertThat(AccessRule.searchForRequest(OFFICER, new SubjectAccessGrant(REQUEST, false, Set.of())).allowed())
			.isFalse();
	}

}
