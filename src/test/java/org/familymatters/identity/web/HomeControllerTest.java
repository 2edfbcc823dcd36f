package org.familymatters.identity.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.web.HomeContribution;
import org.familymatters.shared.web.HomeSection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page gathers what every module contributes, without Spring. */
class HomeControllerTest {

	private final SignedInUser user = new SignedInUser() {

		@Override
		public UUID id() {
			return UUID.randomUUID();
		}

		@Override
		public String username() {
			return "two-roles";
		}

		@Override
		public UUID organisationId() {
			return UUID.randomUUID();
		}

		@Override
		public String displayName() {
			return "Two Roles";
		}

		@Override
		public Optional<UUID> apiTokenId() {
			return Optional.empty();
		}

	};

	@Test
	void aPersonWithSeveralRolesGetsTheSectionsOfEachInTheirOrder() {
		HomeContribution volunteering = person -> List.of(section("Your next shift", 20));
		HomeContribution managing = person -> List.of(section("Statistics", 30), section("Reports", 5));
		HomeContribution nothing = person -> List.of();
		assertThat(HomeController.sections(List.of(volunteering, nothing, managing), user))
			.extracting(HomeSection::heading)
			.containsExactly("Reports", "Your next shift", "Statistics");
	}

	private static HomeSection section(String heading, int order) {
		return new HomeSection(heading, null, null, List.of(), List.of(), order);
	}

}
