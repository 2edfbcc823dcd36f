package org.familymatters.courtdesk.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.courtdesk.internal.Readiness.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness rule for court desk shifts (an induction attended, a background check
 * valid on the shift's day) and the rules of recording a check, without Spring.
 */
class ReadinessTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);

	private static final LocalDate SHIFT = TODAY.plusDays(10);

	private static final Optional<LocalDate> INDUCTED = Optional.of(TODAY.minusMonths(2));

	private static Optional<BackgroundCheck> checkUntil(LocalDate expiresOn) {
		return Optional.of(new BackgroundCheck(UUID.randomUUID(), UUID.randomUUID(), TODAY.minusYears(1), expiresOn,
				null, null, Instant.EPOCH));
	}

	@Test
	void withoutAnInductionAVolunteerIsNotReady() {
		var readiness = new Readiness(Optional.empty(), checkUntil(TODAY.plusYears(1)));
		assertThat(readiness.forShiftOn(SHIFT, TODAY)).containsExactly(Problem.NO_INDUCTION);
		assertThat(readiness.readyFor(SHIFT, TODAY)).isFalse();
	}

	@Test
	void withoutACheckAVolunteerIsNotReady() {
		assertThat(new Readiness(INDUCTED, Optional.empty()).forShiftOn(SHIFT, TODAY))
			.containsExactly(Problem.NO_CHECK);
		assertThat(new Readiness(Optional.empty(), Optional.empty()).forShiftOn(SHIFT, TODAY))
			.containsExactly(Problem.NO_INDUCTION, Problem.NO_CHECK);
	}

	@Test
	void aCheckThatHasExpiredIsRefusedSayingSo() {
		var readiness = new Readiness(INDUCTED, checkUntil(TODAY.minusDays(1)));
		assertThat(readiness.forShiftOn(SHIFT, TODAY)).containsExactly(Problem.CHECK_EXPIRED);
		assertThat(readiness.today(TODAY)).containsExactly(Problem.CHECK_EXPIRED);
		assertThat(readiness.arguments(Problem.CHECK_EXPIRED)).containsExactly("3 May 2026");
	}

	@Test
	void aCheckExpiringBeforeTheShiftIsRefusedForThatShiftOnly() {
		var readiness = new Readiness(INDUCTED, checkUntil(SHIFT.minusDays(1)));
		assertThat(readiness.forShiftOn(SHIFT, TODAY)).containsExactly(Problem.CHECK_EXPIRES_BEFORE_SHIFT);
		assertThat(readiness.arguments(Problem.CHECK_EXPIRES_BEFORE_SHIFT)).containsExactly("13 May 2026");
		assertThat(readiness.readyFor(SHIFT.minusDays(1), TODAY)).isTrue();
		assertThat(readiness.today(TODAY)).isEmpty();
	}

	@Test
	void aCheckExpiringOnTheShiftsDayIsStillValidThatDay() {
		assertThat(new Readiness(INDUCTED, checkUntil(SHIFT)).forShiftOn(SHIFT, TODAY)).isEmpty();
		assertThat(new Readiness(INDUCTED, checkUntil(TODAY)).forShiftOn(TODAY, TODAY)).isEmpty();
	}

	@Test
	void anInductionAndAValidCheckMakeAVolunteerReady() {
		var readiness = new Readiness(INDUCTED, checkUntil(TODAY.plusYears(1)));
		assertThat(readiness.forShiftOn(SHIFT, TODAY)).isEmpty();
		assertThat(readiness.readyFor(SHIFT, TODAY)).isTrue();
		assertThat(readiness.arguments(Problem.NO_INDUCTION)).isEmpty();
	}

	@Test
	void eachProblemHasAMessageForTheVolunteerAndOneForTheCoordinator() {
		assertThat(Problem.NO_CHECK.code()).isEqualTo("courtdesk.ready.noCheck");
		assertThat(Problem.NO_CHECK.coordinatorCode()).isEqualTo("courtdesk.ready.noCheck.coordinator");
	}

	@Test
	void aCheckIsRecordedOnlyWhenItsDatesMakeSense() {
		assertThat(VolunteerChecks.problems(TODAY.minusDays(3), TODAY.plusYears(3), "DBS 0012", TODAY)).isEmpty();
		assertThat(VolunteerChecks.problems(TODAY.minusYears(3), TODAY, null, TODAY)).as("valid until today").isEmpty();
		assertThat(VolunteerChecks.problems(TODAY.plusDays(1), TODAY.plusYears(3), null, TODAY))
			.containsExactly(new Rota.Problem("checkedOn", "courtdesk.check.checkedOn.future"));
		assertThat(VolunteerChecks.problems(TODAY, TODAY, null, TODAY))
			.containsExactly(new Rota.Problem("expiresOn", "courtdesk.check.expiresOn.notAfter"));
		assertThat(VolunteerChecks.problems(TODAY.minusDays(10), TODAY.minusDays(20), null, TODAY))
			.containsExactly(new Rota.Problem("expiresOn", "courtdesk.check.expiresOn.notAfter"));
		assertThat(VolunteerChecks.problems(TODAY.minusYears(3), TODAY.minusDays(1), null, TODAY))
			.containsExactly(new Rota.Problem("expiresOn", "courtdesk.check.expiresOn.expired"));
		assertThat(VolunteerChecks.problems(null, null, null, TODAY)).containsExactly(
				new Rota.Problem("checkedOn", "courtdesk.check.checkedOn.required"),
				new Rota.Problem("expiresOn", "courtdesk.check.expiresOn.required"));
	}

	@Test
	void aReferenceIsShortAndPlainText() {
		var refused = new Rota.Problem("reference", "courtdesk.check.reference.invalid");
		assertThat(VolunteerChecks.problems(TODAY, TODAY.plusYears(1), "x".repeat(41), TODAY)).containsExactly(refused);
		assertThat(VolunteerChecks.problems(TODAY, TODAY.plusYears(1), "DBS\u0000", TODAY)).containsExactly(refused);
		assertThat(VolunteerChecks.problems(TODAY, TODAY.plusYears(1), "x".repeat(40), TODAY)).isEmpty();
	}

}
