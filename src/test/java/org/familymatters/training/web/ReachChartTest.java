package org.familymatters.training.web;

import org.familymatters.training.internal.ReachFigures.Confidence;
import org.familymatters.training.internal.ReachFigures.Group;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart's names fit a 320 px screen, where SVG text does not wrap. */
class ReachChartTest {

	@Test
	void aRoleNamedWithItsAbbreviationIsShownAsTheAbbreviation() {
		assertThat(ReachChart.shortName(group("Special educational needs coordinator (SENCO)", true)))
			.isEqualTo("SENCO (priority)");
		assertThat(ReachChart.shortName(group("Home–school link worker", true)))
			.isEqualTo("Home–school link worker (priority)");
		assertThat(ReachChart.shortName(group("Probation officer", false))).isEqualTo("Probation officer");
	}

	private static Group group(String label, boolean priority) {
		return new Group("KEY", label, priority, 1, new Confidence(0, 0, 0, 0));
	}

}
