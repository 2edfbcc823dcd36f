package org.familymatters.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every role signs in through the sign-in form and arrives at their home page: their
 * roles and account, and what they can do, which is the navigation of their roles and
 * nothing else (what the others may not open, RoleMatrixTest refuses). Each role's own
 * browser journey starts at this page and checks it with axe-core at 375 and 1280 px.
 */
@IntegrationTest
class RoleHomesTest {

	private static final Pattern NAVIGATION = Pattern
		.compile("<ul class=\"govuk-service-navigation__list\" id=\"navigation\">(.*?)</ul>", Pattern.DOTALL);

	private static final Pattern WHAT_YOU_CAN_DO = Pattern
		.compile("id=\"what-you-can-do\">What you can do</h2>\\s*<ul class=\"govuk-list\">(.*?)</ul>", Pattern.DOTALL);

	private static final Pattern LINK_TEXT = Pattern.compile("<a [^>]*>(.*?)</a>", Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleArrivesAtItsHomeWithOnlyItsOwnEntries(Role role) throws Exception {
		var signedIn = Browserless.signIn(mvc, TestUsers.demoUsername(role), TestUsers.DEMO_PASSWORD);
		assertThat(signedIn.redirectedTo()).isEqualTo("/home");
		var page = mvc.perform(get("/home").cookie(signedIn.cookie())).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Welcome, ").contains(role.label()).contains("Your account");
		assertThat(links(NAVIGATION, page)).as(role.name()).containsExactlyElementsOf(expectedNavigation(role));
		assertThat(links(WHAT_YOU_CAN_DO, page)).as("the home page lists what the navigation offers")
			.containsExactlyElementsOf(expectedNavigation(role).subList(1, expectedNavigation(role).size()));
	}

	private static List<String> links(Pattern section, String page) {
		var matcher = section.matcher(page);
		assertThat(matcher.find()).as(section.pattern()).isTrue();
		var links = LINK_TEXT.matcher(matcher.group(1));
		var texts = new ArrayList<String>();
		while (links.find()) {
			texts.add(HtmlUtils.htmlUnescape(links.group(1).replaceAll("<[^>]+>", "")).strip());
		}
		return texts;
	}

	private static List<String> expectedNavigation(Role role) {
		var everyone = List.of("Home", "Find support", "Guides", "Resources", "News", "Networks",
				"Training and events");
		var own = switch (role) {
			case SUPPORT_WORKER -> List.of("Directory", "Refer a family", "Triage", "Families", "Outcomes");
			case VOLUNTEER -> List.of("Record a contact", "Contacts", "Shifts");
			case COURT_DESK_COORDINATOR -> List.of("Contacts", "Rota", "Court desk statistics", "Refer a family");
			case MANAGER -> List.of("Court desk statistics", "Refer a family", "Outcomes");
			case SAFEGUARDING_LEAD -> List.of("Refer a family", "Families shared with you", "Safeguarding requests");
			case AGENCY_PRACTITIONER -> List.of("Refer a family", "Families shared with you", "Share without consent");
			case ADMINISTRATOR -> List.of("Directory", "Refer a family", "Users", "Organisations", "Courts", "Prisons",
					"Localities", "Need areas", "Merges", "Audit");
			case TRAINING_COORDINATOR -> List.of("Manage training", "Refer a family");
			case DATA_PROTECTION_OFFICER -> List.of("Data requests");
			default -> List.of("Refer a family");
		};
		var expected = new ArrayList<>(everyone);
		expected.addAll(own);
		return expected;
	}

}
