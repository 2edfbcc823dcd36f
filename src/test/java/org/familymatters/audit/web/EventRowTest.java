package org.familymatters.audit.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes cut where a line may break, without Spring. */
class EventRowTest {

	@Test
	void aCodeIsCutAfterEachUnderscoreAndColonAndJoinsBackWhole() {
		assertThat(EventRow.pieces("ROLE_GRANT_APPROVED")).containsExactly("ROLE_", "GRANT_", "APPROVED");
		assertThat(EventRow.pieces("CONSENT: WITHDRAWN:42")).containsExactly("CONSENT:", " WITHDRAWN:", "42");
		assertThat(String.join("", EventRow.pieces("_A__B_"))).isEqualTo("_A__B_");
		assertThat(EventRow.pieces(null)).isEmpty();
	}

}
