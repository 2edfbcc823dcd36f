package org.familymatters.plan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DistanceTravelledTest {

	private static final NeedArea MONEY = area(1, "Money and debt", HeadlineOutcome.FINANCIAL_STABILITY);

	private static final NeedArea HOUSING = area(2, "Housing", HeadlineOutcome.SECURE_HOUSING);

	private static final NeedArea SCHOOL = area(3, "Education and school attendance", HeadlineOutcome.GOOD_EDUCATION);

	private static final List<NeedArea> AREAS = List.of(MONEY, HOUSING, SCHOOL);

	private static final UUID CHILD = UUID.randomUUID();

	@Test
	void theFirstAssessmentIsComparedWithTheLatestPerNeedArea() {
		var first = family(LocalDate.of(2026, 1, 10), 1, Map.of(MONEY.id(), 1, HOUSING.id(), 4));
		var middle = family(LocalDate.of(2026, 3, 2), 2, Map.of(MONEY.id(), 5, HOUSING.id(), 1));
		var latest = family(LocalDate.of(2026, 5, 20), 3, Map.of(MONEY.id(), 3, HOUSING.id(), 3, SCHOOL.id(), 2));
		// Given out of order: the dates decide which is first and which latest.
		var comparisons = DistanceTravelled.of(List.of(latest, first, middle), AREAS, List.of());

		assertThat(comparisons).hasSize(1);
		var family = comparisons.get(0);
		assertThat(family.personId()).isNull();
		assertThat(family.firstOn()).isEqualTo(LocalDate.of(2026, 1, 10));
		assertThat(family.latestOn()).isEqualTo(LocalDate.of(2026, 5, 20));
		assertThat(family.assessments()).isEqualTo(3);
		assertThat(family.rows())
			.extracting(r -> r.area().label(), DistanceTravelled.Row::first, DistanceTravelled.Row::latest,
					DistanceTravelled.Row::shownChange)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Money and debt", 1, 3, "+2"),
					org.assertj.core.groups.Tuple.tuple("Housing", 4, 3, "-1"),
					org.assertj.core.groups.Tuple.tuple("Education and school attendance", null, 2, "not compared"));
		assertThat(family.rows().get(0).changeInWords()).isEqualTo("2 points better");
		assertThat(family.rows().get(1).changeInWords()).isEqualTo("1 point worse");
		var summary = family.summary();
		assertThat(summary.assessed()).isEqualTo(2);
		assertThat(summary.improved()).isEqualTo(1);
		assertThat(summary.worse()).isEqualTo(1);
	}

	@Test
	void aSameDayAssessmentRecordedLaterIsTheLatest() {
		var day = LocalDate.of(2026, 2, 1);
		var morning = family(day, 1, Map.of(MONEY.id(), 2));
		var afternoon = family(day, 2, Map.of(MONEY.id(), 2));
		var comparison = DistanceTravelled.of(List.of(afternoon, morning), AREAS, List.of()).get(0);
		assertThat(comparison.rows()).singleElement().satisfies(row -> {
			assertThat(row.change()).isZero();
			assertThat(row.changeInWords()).isEqualTo("the same");
		});
	}

	@Test
	void aPersonAssessedTwiceHasTheirOwnComparison() {
		var familyOnce = family(LocalDate.of(2026, 1, 5), 1, Map.of(MONEY.id(), 2));
		var childFirst = new DistanceTravelled.Assessment(UUID.randomUUID(), CHILD, LocalDate.of(2026, 1, 5), 2,
				Map.of(SCHOOL.id(), 1));
		var childLatest = new DistanceTravelled.Assessment(UUID.randomUUID(), CHILD, LocalDate.of(2026, 4, 5), 3,
				Map.of(SCHOOL.id(), 4));
		var comparisons = DistanceTravelled.of(List.of(familyOnce, childFirst, childLatest), AREAS, List.of(CHILD));
		assertThat(comparisons).singleElement().satisfies(child -> {
			assertThat(child.personId()).isEqualTo(CHILD);
			assertThat(child.rows()).singleElement().satisfies(row -> assertThat(row.change()).isEqualTo(3));
		});
	}

	@Test
	void fewerThanTwoAssessmentsCompareNothing() {
		assertThat(DistanceTravelled.of(List.of(), AREAS, List.of())).isEmpty();
		assertThat(DistanceTravelled.of(List.of(family(LocalDate.of(2026, 1, 1), 1, Map.of(MONEY.id(), 3))), AREAS,
				List.of()))
			.isEmpty();
	}

	private static DistanceTravelled.Assessment family(LocalDate on, long sequence, Map<UUID, Integer> scores) {
		return new DistanceTravelled.Assessment(UUID.randomUUID(), null, on, sequence, scores);
	}

	private static NeedArea area(int position, String label, HeadlineOutcome outcome) {
		return new NeedArea(UUID.randomUUID(), NeedAreas.codeOf(label), label, "", outcome, false, null, position, true,
				0);
	}

}
