package org.familymatters.consent.internal.access;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.CourtDeskContactSubject;
import org.familymatters.consent.InformationKind;
import org.familymatters.identity.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees a court desk contact, without Spring: every role × recorded by the viewer or
 * not × at the court they work at now or another × met within the last 14 days or before.
 */
class CourtDeskRuleTest {

	static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	static final UUID VOLUNTEER = UUID.fromString("a0000000-0000-4000-8000-000000000001");

	static final UUID SOMEONE_ELSE = UUID.fromString("a0000000-0000-4000-8000-000000000002");

	static final UUID COURT = UUID.fromString("c0000000-0000-4000-8000-000000000001");

	static final UUID OTHER_COURT = UUID.fromString("c0000000-0000-4000-8000-000000000002");

	@Test
	void everyRoleAndContactAnswersAsTheRuleSays() {
		int cases = 0;
		for (var role : Role.values()) {
			for (boolean recordedByThem : new boolean[] { false, true }) {
				for (var viewerCourt : new UUID[] { COURT, OTHER_COURT, null }) {
					for (var met : new Duration[] { Duration.ZERO, Duration.ofDays(14),
							Duration.ofDays(14).plusSeconds(1) }) {
						var subject = new CourtDeskContactSubject(UUID.randomUUID(), COURT,
								recordedByThem ? VOLUNTEER : SOMEONE_ELSE, NOW.minus(met), viewerCourt);
						var actual = CourtDeskRule.decide(new Viewer(VOLUNTEER, Set.of(role), null), subject, NOW);
						String expected;
						if (role == Role.COURT_DESK_COORDINATOR) {
							expected = "COURT_DESK_COORDINATOR";
						}
						else if (role != Role.VOLUNTEER) {
							expected = "refused " + role.name();
						}
						else if (!recordedByThem) {
							expected = "refused VOLUNTEER:NOT_RECORDED_BY_THEM";
						}
						else if (!COURT.equals(viewerCourt)) {
							expected = "refused VOLUNTEER:OTHER_COURT";
						}
						else if (met.compareTo(AccessDecision.COURT_DESK_WINDOW) > 0) {
							expected = "refused VOLUNTEER:OLDER_THAN_14_DAYS";
						}
						else {
							expected = "VOLUNTEER";
						}
						var as = role + ", recorded by them " + recordedByThem + ", court " + viewerCourt + ", met "
								+ met + " ago";
						if (expected.startsWith("refused ")) {
							assertThat(actual).as(as)
								.isEqualTo(new Access(false, Basis.ROLE, expected.substring("refused ".length()),
										EnumSet.noneOf(InformationKind.class), Set.of(), false));
						}
						else {
							assertThat(actual).as(as)
								.isEqualTo(new Access(true, Basis.ROLE, expected, EnumSet.allOf(InformationKind.class),
										null, false));
						}
						cases++;
					}
				}
			}
		}
		assertThat(cases).isEqualTo(Role.values().length * 2 * 3 * 3);
	}

	@Test
	void nobodySignedInSeesNoContactAndSomeoneWithBothRolesSeesAsACoordinator() {
		var subject = new CourtDeskContactSubject(UUID.randomUUID(), COURT, SOMEONE_ELSE,
				NOW.minus(Duration.ofDays(90)), null);
		assertThat(CourtDeskRule.decide(Viewer.ANONYMOUS, subject, NOW).reference()).isEqualTo("anonymous");
		assertThat(CourtDeskRule.decide(Viewer.ANONYMOUS, subject, NOW).allowed()).isFalse();
		var both = new Viewer(VOLUNTEER, EnumSet.of(Role.VOLUNTEER, Role.COURT_DESK_COORDINATOR), null);
		assertThat(CourtDeskRule.decide(both, subject, NOW).allowed()).isTrue();
		assertThat(CourtDeskRule.decide(both, subject, NOW).mayChange()).isFalse();
	}

}
