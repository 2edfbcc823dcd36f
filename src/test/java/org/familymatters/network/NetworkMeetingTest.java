package org.familymatters.network;

import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.plan.PlanFixtures;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A network meeting from agenda to minutes: families raised (refused outside the locality
 * and twice), minutes refused before the meeting, an action agreed into the family's plan
 * for its owner, and each member's copy of the minutes, page and PDF, holding exactly
 * what they may see.
 */
@IntegrationTest
class NetworkMeetingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AgendaFixtures networks;

	@Autowired
	PlanFixtures plans;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachMembersCopyOfTheMinutesHoldsExactlyWhatTheyMaySee() throws Exception {
		var network = networks.network();
		var coordinator = network.coordinator();
		// A family with consent naming probation and the school; its child at the school.
		var covered = networks.family(network.locality(), network.school(), coordinator);
		networks.consent(coordinator, covered, Set.of(network.probation(), network.school()));
		// A family with no consent at all.
		var uncovered = networks.family(network.locality(), null, coordinator);
		var meeting = networks.nextMeeting(network);
		var base = "/networks/" + network.id() + "/meetings/" + meeting;

		raise(network.schoolMember(), base, uncovered.reference(), "Attendance has dropped since the arrest");
		raise(network.probationMember(), base, covered.reference(), "The mother asked for help with visits");

		// The agenda: "Family A" for everyone, by name only where covered.
		var probationAgenda = page(network.probationMember(), base + "/agenda");
		assertThat(probationAgenda).contains("Family A", "Family B", covered.surname())
			.doesNotContain(uncovered.surname());
		var housingAgenda = page(network.housingMember(), base + "/agenda");
		assertThat(housingAgenda).contains("Family A", "Family B", "Attendance has dropped since the arrest")
			.doesNotContain(covered.surname())
			.doesNotContain(uncovered.surname());
		var coordinatorAgenda = page(coordinator, base + "/agenda");
		assertThat(coordinatorAgenda).contains(covered.surname(), uncovered.surname())
			.contains("Seek the family’s consent");
		assertThat(plans.auditFor(covered.id(), "NETWORK_AGENDA_FAMILY_SHOWN"))
			.anyMatch(e -> e.startsWith(network.probationMember().getUsername() + " ALLOWED CONSENT"));

		// Minutes before the meeting are refused.
		mvc.perform(get(base + "/minutes/draft").with(user(coordinator))).andExpect(status().isConflict());
		mvc.perform(post(base + "/minutes/publish").param("number", "1").with(user(coordinator)).with(csrf()))
			.andExpect(status().isConflict());

		networks.started(meeting);
		var items = jdbc.sql("select id from network_agenda_item where meeting_id = :m order by position")
			.param("m", meeting)
			.query(UUID.class)
			.list();
		var uncoveredItem = items.get(0);
		var coveredItem = items.get(1);
		page(coordinator, base + "/minutes/draft");
		mvc.perform(post(base + "/minutes/items/" + coveredItem).param("text", "Visits agreed: the prison will call")
			.param("number", "1")
			.with(user(coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/minutes/items/" + uncoveredItem).param("text", "School worries about lateness")
			.param("number", "1")
			.with(user(coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection());
		var due = PlanFixtures.today().plusDays(14);
		mvc.perform(
				post(base + "/minutes/items/" + coveredItem + "/actions/new").param("goalId", covered.goal().toString())
					.param("description", "Book a family visit at the prison")
					.param("ownerOrganisationId", network.probation().toString())
					.param("ownerUserId", network.probationMember().id().toString())
					.param("dueOn.day", Integer.toString(due.getDayOfMonth()))
					.param("dueOn.month", Integer.toString(due.getMonthValue()))
					.param("dueOn.year", Integer.toString(due.getYear()))
					.with(user(coordinator))
					.with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/minutes/items/" + uncoveredItem + "/actions/new")
			.param("goalId", uncovered.goal().toString())
			.param("description", "Meet the class teacher about lateness")
			.param("ownerOrganisationId", network.school().toString())
			.param("dueOn.day", Integer.toString(due.getDayOfMonth()))
			.param("dueOn.month", Integer.toString(due.getMonthValue()))
			.param("dueOn.year", Integer.toString(due.getYear()))
			.with(user(coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/minutes/publish").param("number", "1").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// The agreed action is on the family's plan, for its owner.
		assertThat(page(network.probationMember(), "/actions")).contains("Book a family visit at the prison");
		assertThat(page(coordinator, "/families/" + covered.id() + "/plan"))
			.contains("Book a family visit at the prison");

		// Probation, covered for one family: its names, minute and action; the other
		// anonymised.
		for (var text : new String[] { page(network.probationMember(), base + "/minutes"),
				pdf(network.probationMember(), base + "/minutes.pdf") }) {
			assertThat(text)
				.contains(covered.surname(), "Visits agreed: the prison will call", "Book a family visit at the prison",
						"Family A", "Attendance has dropped since the arrest", "Discussed.")
				.doesNotContain(uncovered.surname())
				.doesNotContain("School worries about lateness")
				.doesNotContain("Meet the class teacher about lateness");
		}
		// The PDF is an export: audited (issue 17).
		assertThat(jdbc.sql("""
				select count(*) from audit_event
				where action = 'NETWORK_MINUTES_PRINTED' and record_id = :meeting and actor_username = :member
				""")
			.param("meeting", meeting.toString())
			.param("member", network.probationMember().getUsername())
			.query(Long.class)
			.single()).isPositive();
		// The school: its own pupil's name, nothing of what was said.
		for (var text : new String[] { page(network.schoolMember(), base + "/minutes"),
				pdf(network.schoolMember(), base + "/minutes.pdf") }) {
			assertThat(text).contains("Jayden " + covered.surname(), "Family A", "Family B")
				.doesNotContain("Kerry " + covered.surname())
				.doesNotContain(uncovered.surname())
				.doesNotContain("Visits agreed: the prison will call")
				.doesNotContain("Book a family visit at the prison")
				.doesNotContain("School worries about lateness")
				.doesNotContain("Meet the class teacher about lateness");
		}
		// Housing, covered for nothing: letters, summaries, counts and owners only.
		for (var text : new String[] { page(network.housingMember(), base + "/minutes"),
				pdf(network.housingMember(), base + "/minutes.pdf") }) {
			assertThat(text)
				.contains("Family A", "Family B", "The mother asked for help with visits", "Discussed.",
						"1 action agreed")
				.doesNotContain(covered.surname())
				.doesNotContain(uncovered.surname())
				.doesNotContain("Visits agreed: the prison will call")
				.doesNotContain("School worries about lateness")
				.doesNotContain("Book a family visit at the prison")
				.doesNotContain("Meet the class teacher about lateness");
		}
		assertThat(plans.auditFor(covered.id(), "NETWORK_MINUTES_FAMILY_SHOWN"))
			.anyMatch(e -> e.startsWith(network.probationMember().getUsername() + " ALLOWED CONSENT"))
			.noneMatch(e -> e.startsWith(network.housingMember().getUsername()));

		// Published minutes are locked; a correction is a new version that supersedes
		// them.
		mvc.perform(get(base + "/minutes/items/" + coveredItem).with(user(coordinator)))
			.andExpect(status().isConflict());
		mvc.perform(post(base + "/minutes/correct").param("reason", "The prison's name was wrong")
			.param("number", "1")
			.with(user(coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/minutes/items/" + coveredItem).param("text", "Visits agreed: probation will call")
			.param("number", "2")
			.with(user(coordinator))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page(network.probationMember(), base + "/minutes")).contains("Visits agreed: the prison will call");
		mvc.perform(post(base + "/minutes/publish").param("number", "2").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page(network.probationMember(), base + "/minutes")).contains("Visits agreed: probation will call",
				"Version 2", "The prison's name was wrong");
		assertThat(jdbc.sql("select count(*) from network_minutes where meeting_id = :m and status = 'published'")
			.param("m", meeting)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aFamilyOutsideTheLocalityOrRaisedTwiceIsRefusedAndAudited() throws Exception {
		var network = networks.network();
		var elsewhere = networks.network();
		var family = networks.family(network.locality(), null, network.coordinator());
		var stranger = networks.family(elsewhere.locality(), null, elsewhere.coordinator());
		var base = "/networks/" + network.id() + "/meetings/" + networks.nextMeeting(network);

		var refused = mvc
			.perform(post(base + "/agenda/raise").param("reference", stranger.reference())
				.param("summary", "A concern")
				.with(user(network.housingMember()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("That family is not in");
		assertThat(plans.auditFor(stranger.id(), "NETWORK_FAMILY_RAISED"))
			.containsExactly(network.housingMember().getUsername() + " REFUSED ROLE OTHER_LOCALITY");

		raise(network.housingMember(), base, family.reference(), "Rent arrears since the sentence");
		var twice = mvc
			.perform(post(base + "/agenda/raise").param("reference", family.reference().toLowerCase())
				.param("summary", "Again")
				.with(user(network.schoolMember()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(twice).contains("on this meeting&#39;s agenda already");
		assertThat(plans.auditFor(family.id(), "NETWORK_FAMILY_RAISED")).containsExactly(
				network.housingMember().getUsername() + " ALLOWED ROLE NETWORK_MEMBER",
				network.schoolMember().getUsername() + " REFUSED ROLE ALREADY_ON_AGENDA");

		var unknown = mvc
			.perform(post(base + "/agenda/raise").param("reference", "FM-999999999")
				.param("summary", "A concern")
				.with(user(network.housingMember()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).contains("No family has that reference");
		// The coordinator adds a plan review due before the meeting, and other business.
		var reviewed = networks.family(network.locality(), null, network.coordinator());
		jdbc.sql("update plan_support_plan set next_review_on = :on where family_id = :family")
			.param("on", PlanFixtures.today().plusDays(3))
			.param("family", reviewed.id())
			.update();
		assertThat(page(network.coordinator(), base + "/agenda/reviews")).contains(reviewed.reference())
			.doesNotContain(family.reference());
		mvc.perform(post(base + "/agenda/reviews").param("families", reviewed.id().toString())
			.with(user(network.coordinator()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page(network.coordinator(), base + "/agenda/other")).contains("Add other business");
		mvc.perform(post(base + "/agenda/other").param("title", "Terms of reference")
			.param("text", "A new draft to agree")
			.with(user(network.coordinator()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page(network.schoolMember(), base + "/agenda"))
			.contains("Family A", "Family B", "plan review due", "Terms of reference", "A new draft to agree")
			.doesNotContain(reviewed.surname());
		mvc.perform(get(base + "/agenda/other").with(user(network.schoolMember()))).andExpect(status().isForbidden());
		// Someone who is not a member sees nothing of the meeting.
		mvc.perform(get(base + "/agenda").with(user(elsewhere.housingMember()))).andExpect(status().isForbidden());
	}

	private void raise(StaffPrincipal member, String base, String reference, String summary) throws Exception {
		mvc.perform(post(base + "/agenda/raise").param("reference", reference)
			.param("summary", summary)
			.with(user(member))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	private String page(StaffPrincipal who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replace("&#39;", "'");
	}

	private String pdf(StaffPrincipal who, String path) throws Exception {
		var bytes = mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
