package org.familymatters.plan.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NeedAreaCodeTest {

	@Test
	void theCodeIsMadeFromTheLabel() {
		assertThat(NeedAreas.codeOf("The child's well-being & behaviour"))
			.isEqualTo("the-child-s-well-being-behaviour");
		assertThat(NeedAreas.codeOf("  Housing  ")).isEqualTo("housing");
		assertThat(NeedAreas.codeOf("Ütility bills")).isEqualTo("tility-bills");
		assertThat(NeedAreas.codeOf("!")).isEqualTo("area");
		assertThat(NeedAreas.codeOf("x".repeat(100))).hasSize(63);
		assertThat(NeedAreas.codeOf("x".repeat(100))).matches("^[a-z0-9][a-z0-9-]{1,62}$");
	}

}
