package org.familymatters.network.web;

import java.util.List;
import java.util.UUID;

import org.familymatters.network.internal.NetworkActivity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The networks' activity leaves the service with every count from 1 to 4 as "fewer than
 * 5", none as 0, and a name a spreadsheet would run written as text. Without Spring.
 */
class NetworkActivityCsvTest {

	@Test
	void smallCountsAreSuppressedAndNoneStaysNone() {
		assertThat(NetworkActivity.count(0)).isEqualTo("0");
		assertThat(NetworkActivity.count(1)).isEqualTo("fewer than 5");
		assertThat(NetworkActivity.count(4)).isEqualTo("fewer than 5");
		assertThat(NetworkActivity.count(5)).isEqualTo("5");
		assertThat(NetworkActivity.count(120)).isEqualTo("120");
		assertThatThrownBy(() -> NetworkActivity.count(-1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theCsvHasOneRowPerNetworkAndQuarterWithCountsSuppressed() {
		var csv = NetworkActivityController.csv(List.of(
				new NetworkActivity.Row(UUID.randomUUID(), "=Banbury network", "Banbury", "2026 Q1", 1, 7, 3, 12, 0),
				new NetworkActivity.Row(UUID.randomUUID(), "Bicester network", "Bicester", "2025 Q4", 0, 0, 0, 0, 0)));
		var lines = csv.strip().split("\r\n");
		assertThat(lines[0]).isEqualTo("network,locality,quarter,meetings_held,families_raised_named,"
				+ "families_raised_anonymised,actions_agreed,actions_done");
		assertThat(lines[1]).isEqualTo("'=Banbury network,Banbury,2026 Q1,fewer than 5,7,fewer than 5,12,0");
		assertThat(lines[2]).isEqualTo("Bicester network,Bicester,2025 Q4,0,0,0,0,0");
	}

}
