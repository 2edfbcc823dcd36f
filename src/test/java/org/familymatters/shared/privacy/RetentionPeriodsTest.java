package org.familymatters.shared.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A retention period in words, as the privacy notice and the forms say it. */
class RetentionPeriodsTest {

	@Test
	void monthsUpToAYearThenYears() {
		assertThat(RetentionPeriods.inWords(1)).isEqualTo("1 month");
		assertThat(RetentionPeriods.inWords(6)).isEqualTo("6 months");
		assertThat(RetentionPeriods.inWords(12)).isEqualTo("12 months");
		assertThat(RetentionPeriods.inWords(18)).isEqualTo("1 year and 6 months");
		assertThat(RetentionPeriods.inWords(24)).isEqualTo("2 years");
		assertThat(RetentionPeriods.inWords(72)).isEqualTo("6 years");
		assertThat(RetentionPeriods.inWords(73)).isEqualTo("6 years and 1 month");
		assertThatIllegalArgumentException().isThrownBy(() -> RetentionPeriods.inWords(0));
	}

}
