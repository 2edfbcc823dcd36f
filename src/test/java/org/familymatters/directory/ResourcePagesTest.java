package org.familymatters.directory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.directory.internal.Resource;
import org.familymatters.directory.internal.Resources;
import org.familymatters.identity.Role;
import org.familymatters.identity.StaffPrincipal;
import org.familymatters.identity.UserAccount;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public resources page, and the staff pages that keep its resources. */
@IntegrationTest
class ResourcePagesTest {

	static final String CHILDREN_AND_YOUNG_PEOPLE = "5c0f3a52-6e0b-4f4b-9d4a-000000000111";

	static final String HOUSING = "5c0f3a52-6e0b-4f4b-9d4a-000000000107";

	static final String COURT_DESKS = "8a3d2c10-0000-4000-8000-000000000106";

	static final String HIDDEN_SENTENCE = "7e5a0c20-0000-4000-8000-000000000002";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Resources resources;

	@Test
	void thePublicPageHasTheSourcePagesGroupsInItsOrder() throws Exception {
		var page = mvc.perform(get("/resources"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<title>Resources, information and media – Family Matters</title>")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var body = page.substring(page.indexOf("<main"));
		assertThat(body).containsSubsequence(
				"id=\"support-organisations\">Support organisations for prisoners and their families",
				"href=\"/support/" + COURT_DESKS + "\"", "Family Matters court desks",
				"id=\"training\">Training and consultancy in supporting the families of prisoners", "Hidden Sentence",
				"id=\"policy\">Policy reports and frameworks", "Children of offenders review",
				"id=\"general\">General resources", "Prisoners&#39; Women");
		assertThat(body).as("a contents list links to each group")
			.contains("href=\"#support-organisations\"", "href=\"#training\"", "href=\"#policy\"", "href=\"#general\"");
		assertThat(body).as("the filter is a plain GET form").contains("<form method=\"get\" action=\"/resources\"");
	}

	@Test
	void audienceAndTopicFilterTheResources() throws Exception {
		mvc.perform(get("/resources").param("audience", "families"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Showing resources for families.")))
			.andExpect(content().string(containsString("Prisoners&#39; Women")))
			.andExpect(content().string(containsString("The experiences of families affected by imprisonment")))
			.andExpect(content().string(not(containsString("Hidden Sentence"))))
			.andExpect(content().string(not(containsString("Children of offenders review"))))
			.andExpect(content().string(containsString("Family Matters court desks")));
		mvc.perform(get("/resources").param("topic", CHILDREN_AND_YOUNG_PEOPLE))
			.andExpect(content().string(containsString("Showing resources about Children and young people.")))
			.andExpect(content().string(containsString("Children of offenders review")))
			.andExpect(content().string(not(containsString("Keeping in touch: The case for family support work"))))
			.andExpect(content().string(containsString("Unite: support for prisoners and their families")))
			.andExpect(content().string(not(containsString("Advice and Information Service"))));
		mvc.perform(get("/resources").param("audience", "practitioners").param("topic", HOUSING))
			.andExpect(content().string(containsString("Showing resources for practitioners, about Housing.")))
			.andExpect(content().string(containsString("No support organisations match the topic you chose.")))
			.andExpect(content().string(not(containsString("Hidden Sentence"))));
	}

	@Test
	void unknownFiltersAreShownByTheFieldAndKept() throws Exception {
		mvc.perform(get("/resources").param("audience", "aliens").param("topic", "the moon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#audience\"")))
			.andExpect(content().string(containsString("Choose who the resources are for from the list")))
			.andExpect(content().string(containsString("Choose a topic from the list")));
	}

	@Test
	void aSupportWorkerAddsAResourceAndThePublicSeeItWithALinkToAnotherSite() throws Exception {
		var session = Browserless.signIn(mvc, "demo-support", TestUsers.DEMO_PASSWORD).cookie();
		var title = "Talking to children about prison " + UUID.randomUUID();
		mvc.perform(post("/directory/resources/new").cookie(session)
			.with(csrf())
			.param("title", title)
			.param("kind", "publication")
			.param("publisher", "  A charity  ")
			.param("summary", "A guide for carers on what to say, and when.")
			.param("url", "https://www.example.org/talking-to-children")
			.param("audiences", "families", "children")
			.param("topic", CHILDREN_AND_YOUNG_PEOPLE)).andExpect(redirectedUrl("/directory/resources"));
		var id = idOf(title);
		var saved = resources.find(id).orElseThrow();
		assertThat(saved.publisher()).isEqualTo("A charity");
		assertThat(saved.audiences()).containsExactly(Resource.Audience.FAMILIES, Resource.Audience.CHILDREN);
		assertThat(saved.createdBy()).isEqualTo("demo-support");
		assertThat(auditOf(id)).containsExactly(Map.of("action", "RESOURCE_CREATED", "actor_username", "demo-support",
				"basis", "ROLE", "basis_reference", "SUPPORT_WORKER", "outcome", "ALLOWED"));

		mvc.perform(get("/resources").param("audience", "children"))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("href=\"https://www.example.org/talking-to-children\"")))
			.andExpect(content().string(containsString("(another website)")))
			.andExpect(content().string(not(containsString("Add or change resources"))));
		mvc.perform(get("/resources").cookie(session))
			.andExpect(content().string(containsString("Add or change resources")));
	}

	@Test
	void editingArchivingAndRestoringAreAuditedAndArchivedResourcesLeaveThePublicPage() throws Exception {
		var title = "Family days guide " + UUID.randomUUID();
		var id = create(title);
		mvc.perform(get("/directory/resources/{id}/edit", id).with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + title + "\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		mvc.perform(edit(id, 0, title + " (second edition)").with(users.as(Role.ADMINISTRATOR)))
			.andExpect(redirectedUrl("/directory/resources"));
		assertThat(resources.find(id).orElseThrow().title()).isEqualTo(title + " (second edition)");

		mvc.perform(post("/directory/resources/{id}/archive", id).with(users.as(Role.ADMINISTRATOR)).with(csrf()))
			.andExpect(redirectedUrl("/directory/resources"));
		mvc.perform(get("/resources")).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/directory/resources").param("q", title).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Archived")));
		mvc.perform(get("/directory/resources/{id}/edit", id).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(content().string(containsString("Restore the resource")));

		mvc.perform(post("/directory/resources/{id}/restore", id).with(users.as(Role.SUPPORT_WORKER)).with(csrf()))
			.andExpect(redirectedUrl("/directory/resources"));
		mvc.perform(get("/resources")).andExpect(content().string(containsString(title)));

		assertThat(auditOf(id)).extracting(row -> row.get("action") + " " + row.get("basis_reference"))
			.containsExactly("RESOURCE_CREATED ADMINISTRATOR", "RESOURCE_UPDATED ADMINISTRATOR",
					"RESOURCE_ARCHIVED ADMINISTRATOR", "RESOURCE_RESTORED SUPPORT_WORKER");
	}

	@Test
	void anEmptyFormIsRefusedWithAMessageByEveryFieldAndNothingIsSaved() throws Exception {
		var account = users.create(Role.SUPPORT_WORKER).account();
		var editor = signedIn(account);
		long before = resourcesBy(account.username());
		var page = mvc.perform(post("/directory/resources/new").with(editor).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: Add a resource – Family Matters</title>")))
			.andExpect(content().string(containsString("href=\"#title\"")))
			.andExpect(content().string(containsString("href=\"#audiences\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int start = page.indexOf("govuk-error-summary__list");
		assertThat(page.substring(start, page.indexOf("</ul>", start))).containsSubsequence(
				"Enter the resource&#39;s title", "Choose the kind of resource",
				"Enter a summary of the resource in your own words", "Select who the resource is for");
		assertThat(resourcesBy(account.username())).isEqualTo(before);
	}

	@Test
	void badValuesAreRefusedByTheFieldKeptForCorrectionAndNothingIsSaved() throws Exception {
		var account = users.create(Role.SUPPORT_WORKER).account();
		var editor = signedIn(account);
		long before = resourcesBy(account.username());
		for (var url : List.of("javascript:alert(1)", "https://", "www.example.org", "https://exa mple.org",
				"ftp://example.org/file")) {
			mvc.perform(post("/directory/resources/new").with(editor)
				.with(csrf())
				.param("title", "A report")
				.param("kind", "policy")
				.param("summary", "What it says.")
				.param("url", url)
				.param("audiences", "practitioners"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Enter a web address starting with https:// or http://")))
				.andExpect(content().string(containsString("value=\"A report\"")));
		}
		mvc.perform(post("/directory/resources/new").with(editor)
			.with(csrf())
			.param("title", "x".repeat(201))
			.param("kind", "pamphlet")
			.param("publisher", "p".repeat(201))
			.param("summary", "s".repeat(1001))
			.param("url", "https://example.org/" + "u".repeat(500))
			.param("audiences", "families", "aliens")
			.param("topic", "not-a-topic"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Title must be 200 characters or fewer")))
			.andExpect(content().string(containsString("Choose the kind of resource")))
			.andExpect(content().string(containsString("Publisher must be 200 characters or fewer")))
			.andExpect(content().string(containsString("Summary must be 1000 characters or fewer")))
			.andExpect(content().string(containsString("Web address must be 500 characters or fewer")))
			.andExpect(content().string(containsString("Select who the resource is for")))
			.andExpect(content().string(containsString("Choose a topic from the list")));
		assertThat(resourcesBy(account.username())).isEqualTo(before);
	}

	@Test
	void aSecondSaveFromAStaleFormIsRefusedNotSilentlyApplied() throws Exception {
		var title = "Visiting a prison for the first time " + UUID.randomUUID();
		var id = create(title);
		mvc.perform(edit(id, 0, "First change " + title).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(redirectedUrl("/directory/resources"));
		mvc.perform(edit(id, 0, "Second change " + title).with(users.as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")))
			.andExpect(content().string(containsString("value=\"Second change " + title + "\"")));
		mvc.perform(post("/directory/resources/{id}/edit", id).with(users.as(Role.ADMINISTRATOR))
			.with(csrf())
			.param("title", "No version " + title)
			.param("kind", "media")
			.param("summary", "s")
			.param("audiences", "families"))
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(resources.find(id).orElseThrow().title()).isEqualTo("First change " + title);
		assertThat(auditOf(id)).extracting(row -> row.get("action"))
			.containsExactly("RESOURCE_CREATED", "RESOURCE_UPDATED");
	}

	@Test
	void otherRolesAndAnonymousCallersCannotChangeResources() throws Exception {
		long before = resourcesTitled("Not allowed");
		for (var role : List.of(Role.VOLUNTEER, Role.AGENCY_PRACTITIONER, Role.MANAGER)) {
			mvc.perform(newResource("Not allowed").with(users.as(role))).andExpect(status().isForbidden());
			mvc.perform(post("/directory/resources/{id}/archive", HIDDEN_SENTENCE).with(users.as(role)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(newResource("Not allowed")).andExpect(status().isUnauthorized());
		mvc.perform(post("/directory/resources/{id}/archive", HIDDEN_SENTENCE).with(csrf()))
			.andExpect(status().isUnauthorized());
		assertThat(resourcesTitled("Not allowed")).isEqualTo(before);
		assertThat(resources.find(UUID.fromString(HIDDEN_SENTENCE)).orElseThrow().archived()).isFalse();
	}

	/**
	 * Issue 11: until training is in the service, a training coordinator keeps the
	 * resources (add, change, archive, restore, audited with their role), and nothing
	 * else of the directory.
	 */
	@Test
	void aTrainingCoordinatorKeepsTheResourcesAndNothingElseOfTheDirectory() throws Exception {
		var trainer = users.as(Role.TRAINING_COORDINATOR);
		var title = "Workshop handbook " + UUID.randomUUID();
		mvc.perform(get("/directory/resources").with(trainer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Edit resources")))
			.andExpect(content().string(not(containsString("Review queue"))));
		mvc.perform(newResource(title).with(trainer)).andExpect(redirectedUrl("/directory/resources"));
		var id = idOf(title);
		mvc.perform(edit(id, 0, title + " (2nd)").with(trainer)).andExpect(redirectedUrl("/directory/resources"));
		mvc.perform(post("/directory/resources/{id}/archive", id).with(trainer).with(csrf()))
			.andExpect(redirectedUrl("/directory/resources"));
		mvc.perform(post("/directory/resources/{id}/restore", id).with(trainer).with(csrf()))
			.andExpect(redirectedUrl("/directory/resources"));
		assertThat(auditOf(id)).extracting(row -> row.get("action") + " " + row.get("basis_reference"))
			.containsExactly("RESOURCE_CREATED TRAINING_COORDINATOR", "RESOURCE_UPDATED TRAINING_COORDINATOR",
					"RESOURCE_ARCHIVED TRAINING_COORDINATOR", "RESOURCE_RESTORED TRAINING_COORDINATOR");
		mvc.perform(get("/resources").with(trainer))
			.andExpect(content().string(containsString("Add or change resources")));
		for (var path : List.of("/directory/services", "/directory/services/new", "/directory/organisations",
				"/directory/guides", "/directory/services/review", "/admin/directory")) {
			mvc.perform(get(path).with(trainer)).andExpect(status().isForbidden());
		}
	}

	@Test
	void unknownResourcesAreNotFound() throws Exception {
		var unknown = UUID.randomUUID();
		mvc.perform(get("/directory/resources/{id}/edit", unknown).with(users.as(Role.SUPPORT_WORKER)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/directory/resources/{id}/archive", unknown).with(users.as(Role.SUPPORT_WORKER)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder newResource(String title) {
		return post("/directory/resources/new").with(csrf())
			.param("title", title)
			.param("kind", "training")
			.param("summary", "A course.")
			.param("audiences", "practitioners");
	}

	private MockHttpServletRequestBuilder edit(UUID id, long version, String title) {
		return post("/directory/resources/{id}/edit", id).with(csrf())
			.param("title", title)
			.param("kind", "media")
			.param("summary", "A short film about a family day in prison.")
			.param("audiences", "families", "children")
			.param("version", String.valueOf(version));
	}

	private UUID create(String title) throws Exception {
		mvc.perform(newResource(title).with(users.as(Role.ADMINISTRATOR)))
			.andExpect(redirectedUrl("/directory/resources"));
		return idOf(title);
	}

	private UUID idOf(String title) {
		return jdbc.sql("select id from dir_resource where title = :title")
			.param("title", title)
			.query(UUID.class)
			.single();
	}

	private long resourcesBy(String username) {
		return jdbc.sql("select count(*) from dir_resource where created_by = :username")
			.param("username", username)
			.query(Long.class)
			.single();
	}

	/**
	 * A user of the role made for the test, signed in as if they had chosen their own
	 * password, so that no test depends on the demo users.
	 */
	private static RequestPostProcessor signedIn(UserAccount account) {
		return user(new StaffPrincipal(account.id(), account.username(), account.displayName(),
				account.organisationId(), "Test organisation", account.roles(), true, false, account.passwordHash()));
	}

	private long resourcesTitled(String title) {
		return jdbc.sql("select count(*) from dir_resource where title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private List<Map<String, Object>> auditOf(UUID id) {
		return jdbc.sql("""
				select action, actor_username, basis, basis_reference, outcome from audit_event
				where record_type = 'resource' and record_id = :id order by id
				""").param("id", id.toString()).query().listOfRows();
	}

}
