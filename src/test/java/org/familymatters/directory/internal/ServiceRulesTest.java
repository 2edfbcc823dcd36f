package org.familymatters.directory.internal;

import java.time.LocalTime;

import org.familymatters.directory.internal.ServiceRules.HoursProblem;
import org.familymatters.shared.input.InputProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a service that the form and the import share, without Spring. */
class ServiceRulesTest {

	@Test
	void anAgeIsAWholeNumberFromNoughtTo120() {
		assertThat(ServiceRules.age("0").value()).isZero();
		assertThat(ServiceRules.age(" 16 ").value()).isEqualTo(16);
		assertThat(ServiceRules.age("120").value()).isEqualTo(120);
		assertThat(ServiceRules.age(null).isEmpty()).isTrue();
		assertThat(ServiceRules.age("  ").isEmpty()).isTrue();
		for (var bad : new String[] { "-1", "121", "ten", "5.5", "99999999999", "1\u0000" }) {
			assertThat(ServiceRules.age(bad).failed()).as(bad).isTrue();
		}
		assertThat(ServiceRules.age("121").problem()).isEqualTo(InputProblem.NUMBER);
	}

	@Test
	void theYoungestAgeComesFirstOrIsTheSame() {
		assertThat(ServiceRules.agesInOrder(5, 16)).isTrue();
		assertThat(ServiceRules.agesInOrder(8, 8)).isTrue();
		assertThat(ServiceRules.agesInOrder(null, 3)).isTrue();
		assertThat(ServiceRules.agesInOrder(3, null)).isTrue();
		assertThat(ServiceRules.agesInOrder(16, 5)).isFalse();
	}

	@Test
	void openingHoursHaveBothTimesOrNeitherTheOpeningOneFirst() {
		var nine = LocalTime.of(9, 0);
		var five = LocalTime.of(17, 0);
		assertThat(ServiceRules.hours(nine, five)).isEmpty();
		assertThat(ServiceRules.hours(null, null)).isEmpty();
		assertThat(ServiceRules.hours(nine, null)).contains(HoursProblem.ONE_TIME_ONLY);
		assertThat(ServiceRules.hours(null, five)).contains(HoursProblem.ONE_TIME_ONLY);
		assertThat(ServiceRules.hours(five, nine)).contains(HoursProblem.NOT_IN_ORDER);
		assertThat(ServiceRules.hours(nine, nine)).contains(HoursProblem.NOT_IN_ORDER);
	}

}
