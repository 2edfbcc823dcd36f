package org.familymatters.training.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.familymatters.training.internal.BookingRules.Role;
import org.familymatters.training.internal.BookingRules.Sector;
import org.familymatters.training.internal.BookingRules.Seniority;
import org.familymatters.training.internal.ReachFigures.Attendance;
import org.familymatters.training.internal.ReachFigures.Group;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReachFiguresTest {

	private static final UUID FIRST = UUID.randomUUID();

	private static final UUID SECOND = UUID.randomUUID();

	private static final Instant MARCH = Instant.parse("2025-03-10T10:00:00Z");

	private static final Instant MAY = Instant.parse("2025-05-10T10:00:00Z");

	@Test
	void aPersonIsTheirEmailAddressInAnyCaseAndAnOrganisationItsTrimmedNameInAnyCase() {
		var figures = ReachFigures
			.of(List.of(attended("Sam@Example.org", "Banbury school", FIRST, MARCH, Role.HEAD_TEACHER),
					attended("sam@example.org ", " banbury SCHOOL ", SECOND, MAY, Role.HEAD_TEACHER),
					attended("alex@example.org", "Probation service", SECOND, MAY, Role.PROBATION_OFFICER)));

		assertThat(figures.people()).isEqualTo(2);
		assertThat(figures.organisations()).isEqualTo(2);
		assertThat(figures.sessions()).isEqualTo(2);
		assertThat(group(figures.byRole(), Role.HEAD_TEACHER).people()).isEqualTo(1);
		assertThat(group(figures.byRole(), Role.PROBATION_OFFICER).people()).isEqualTo(1);
		assertThat(group(figures.byRole(), Role.SENCO).people()).isZero();
		assertThat(figures.bySector()).extracting(Group::people).containsExactly(2L, 0L, 0L, 0L);
		assertThat(figures.bySeniority()).extracting(Group::people).containsExactly(2L, 0L, 0L);
	}

	@Test
	void everyRoleIsListedThePriorityRolesFirstAndThoseWithNobodyNamed() {
		var figures = ReachFigures.of(List.of(attended("a@example.org", "A", FIRST, MARCH, Role.HEAD_TEACHER),
				attended("b@example.org", "B", FIRST, MARCH, Role.PROBATION_OFFICER),
				attended("c@example.org", "C", FIRST, MARCH, Role.POLICE)));

		assertThat(figures.byRole()).hasSize(11);
		assertThat(figures.byRole().subList(0, 3)).extracting(Group::label)
			.containsExactly("Head teacher", "Special educational needs coordinator (SENCO)",
					"Home–school link worker");
		assertThat(figures.byRole()).filteredOn(Group::priority).hasSize(3);
		assertThat(figures.priorityRoles()).isEqualTo(3);
		// Probation officers and the police are not priority roles: one of three covered.
		assertThat(figures.priorityRolesCovered()).isEqualTo(1);
		assertThat(figures.priorityRolesWithNobody()).containsExactly("Special educational needs coordinator (SENCO)",
				"Home–school link worker");
	}

	@Test
	void confidenceIsEachPersonsFirstBeforeAndLastAfterAveragedOverPeople() {
		var figures = ReachFigures.of(List.of(feedback("a@example.org", FIRST, MARCH, Role.HEAD_TEACHER, 2, 3),
				feedback("A@example.org", SECOND, MAY, Role.HEAD_TEACHER, 3, 4),
				feedback("b@example.org", FIRST, MARCH, Role.PROBATION_OFFICER, 3, 4),
				feedback("c@example.org", FIRST, MARCH, Role.PROBATION_OFFICER, 4, 4),
				attended("d@example.org", "D", FIRST, MARCH, Role.PROBATION_OFFICER)));

		var all = figures.confidence();
		// a: 2 -> 4, b: 3 -> 4, c: 4 -> 4; d gave none.
		assertThat(all.people()).isEqualTo(3);
		assertThat(all.totalBefore()).isEqualTo(9);
		assertThat(all.totalAfter()).isEqualTo(12);
		assertThat(all.rose()).isEqualTo(2);
		assertThat(all.exactBefore()).isEqualTo("3.0");
		assertThat(all.exactAfter()).isEqualTo("4.0");
		var probation = group(figures.byRole(), Role.PROBATION_OFFICER).confidence();
		assertThat(probation.people()).isEqualTo(2);
		assertThat(probation.exactBefore()).isEqualTo("3.5");
		assertThat(probation.rose()).isEqualTo(1);
		assertThat(group(figures.byRole(), Role.SENCO).confidence().exactBefore()).isEqualTo("none");
	}

	@Test
	void nobodyCountedGivesNoughtsAndNoAverages() {
		var figures = ReachFigures.of(List.of());
		assertThat(figures.people()).isZero();
		assertThat(figures.priorityRolesCovered()).isZero();
		assertThat(figures.confidence().exactAfter()).isEqualTo("none");
		assertThat(figures.confidence().sharedAfter()).isEqualTo("none");
	}

	@Test
	void outsideTheServiceCountsFromOneToFourAreFewerThanFiveAndTheirAveragesNotShown() {
		assertThat(ReachFigures.shared(0)).isEqualTo("0");
		assertThat(ReachFigures.shared(1)).isEqualTo("fewer than 5");
		assertThat(ReachFigures.shared(4)).isEqualTo("fewer than 5");
		assertThat(ReachFigures.shared(5)).isEqualTo("5");
		assertThat(ReachFigures.shared(0, 0)).isEqualTo("none");
		assertThat(ReachFigures.shared(4, 16)).isEqualTo("not shown");
		assertThat(ReachFigures.shared(5, 17)).isEqualTo("3.4");
		assertThatThrownBy(() -> ReachFigures.shared(-1)).isInstanceOf(IllegalArgumentException.class);

		var four = new ArrayList<Attendance>();
		for (int i = 0; i < 4; i++) {
			four.add(feedback("p" + i + "@example.org", FIRST, MARCH, Role.SENCO, 2, 4));
		}
		var small = ReachFigures.of(four).confidence();
		assertThat(small.sharedPeople()).isEqualTo("fewer than 5");
		assertThat(small.sharedBefore()).isEqualTo("not shown");
		assertThat(small.sharedRose()).isEqualTo("fewer than 5");
		// Inside the service, exact.
		assertThat(small.exactBefore()).isEqualTo("2.0");

		four.add(feedback("p4@example.org", FIRST, MARCH, Role.SENCO, 3, 3));
		var five = ReachFigures.of(four);
		assertThat(five.confidence().sharedPeople()).isEqualTo("5");
		assertThat(five.confidence().sharedBefore()).isEqualTo("2.2");
		assertThat(five.confidence().sharedAfter()).isEqualTo("3.8");
		assertThat(five.confidence().sharedRose()).isEqualTo("fewer than 5");
		assertThat(group(five.byRole(), Role.SENCO).sharedPeople()).isEqualTo("5");
	}

	@Test
	void feedbackGivesBothConfidencesOrNeither() {
		assertThatThrownBy(() -> new Attendance("a@example.org", "A", FIRST, MARCH, Role.OTHER, Sector.FAITH,
				Seniority.SUPERVISOR, 3, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static Attendance attended(String email, String organisation, UUID session, Instant at, Role role) {
		return new Attendance(email, organisation, session, at, role, Sector.STATUTORY, Seniority.FRONT_LINE, null,
				null);
	}

	private static Attendance feedback(String email, UUID session, Instant at, Role role, int before, int after) {
		return new Attendance(email, "Org", session, at, role, Sector.STATUTORY, Seniority.FRONT_LINE, before, after);
	}

	private static Group group(List<Group> groups, Role role) {
		return groups.stream().filter(g -> g.key().equals(role.name())).findFirst().orElseThrow();
	}

}
