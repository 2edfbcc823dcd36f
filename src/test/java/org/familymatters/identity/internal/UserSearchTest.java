package org.familymatters.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search text of the users list, without a database. */
class UserSearchTest {

	@Test
	void charactersLikeTreatsSpeciallyMatchThemselves() {
		assertThat(UserSearch.likeEscaped("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
		assertThat(UserSearch.likeEscaped("Banbury")).isEqualTo("Banbury");
	}

}
