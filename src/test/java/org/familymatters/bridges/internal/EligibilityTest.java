package org.familymatters.bridges.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.bridges.internal.Eligibility.Episode;
import org.familymatters.bridges.internal.Eligibility.Pair;
import org.familymatters.bridges.internal.Eligibility.Reason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may be referred to Building Bridges. */
class EligibilityTest {

	private static final UUID BULLINGDON = UUID.randomUUID();

	private static final UUID WOODHILL = UUID.randomUUID();

	private static final List<Pair> PILOT = List.of(new Pair(UUID.randomUUID(), "Oxfordshire", BULLINGDON));

	private static final LocalDate RELEASE = LocalDate.of(2026, 9, 1);

	@Test
	void someoneAtThePilotsPrisonWhoseFamilyLivesInItsCountyAndIsDueForReleaseMayBeReferred() {
		assertThat(Eligibility.whyNot(new Episode(BULLINGDON, RELEASE, null), "Oxfordshire", PILOT, false)).isEmpty();
		assertThat(Eligibility.whyNot(new Episode(BULLINGDON, RELEASE, null), "oxfordshire", PILOT, false)).isEmpty();
		assertThat(Eligibility.pilot(new Episode(BULLINGDON, RELEASE, null), "Oxfordshire", PILOT))
			.contains(PILOT.get(0));
	}

	@Test
	void anotherPrisonAnotherCountyNoPrisonOrAStoppedPilotIsNotCovered() {
		assertThat(Eligibility.whyNot(new Episode(WOODHILL, RELEASE, null), "Oxfordshire", PILOT, false))
			.contains(Reason.NOT_IN_PILOT);
		assertThat(Eligibility.whyNot(new Episode(BULLINGDON, RELEASE, null), "Berkshire", PILOT, false))
			.contains(Reason.NOT_IN_PILOT);
		assertThat(Eligibility.whyNot(new Episode(null, RELEASE, null), "Oxfordshire", PILOT, false))
			.contains(Reason.NOT_IN_PILOT);
		assertThat(Eligibility.whyNot(new Episode(BULLINGDON, RELEASE, null), "Oxfordshire", List.of(), false))
			.contains(Reason.NOT_IN_PILOT);
	}

	@Test
	void someoneReleasedReferredAlreadyOrWithNoExpectedReleaseIsNot() {
		assertThat(Eligibility.whyNot(new Episode(BULLINGDON, RELEASE, LocalDate.of(2026, 1, 1)), "Oxfordshire", PILOT,
				false))
			.contains(Reason.RELEASED);
		assertThat(Eligibility.whyNot(new Episode(BULLINGDON, RELEASE, null), "Oxfordshire", PILOT, true))
			.contains(Reason.ALREADY_REFERRED);
		assertThat(Eligibility.whyNot(new Episode(BULLINGDON, null, null), "Oxfordshire", PILOT, false))
			.contains(Reason.NO_EXPECTED_RELEASE);
	}

}
