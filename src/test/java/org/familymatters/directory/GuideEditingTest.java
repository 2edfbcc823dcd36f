package org.familymatters.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.familymatters.directory.internal.Guide;
import org.familymatters.directory.internal.GuideVersion;
import org.familymatters.directory.internal.Guides;
import org.familymatters.identity.Role;
import org.familymatters.support.Browserless;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff edit the guides through the signed-in pages: each save a new version with its
 * author and date, older versions kept, an audit event in the same transaction, stale and
 * bad edits refused.
 */
@IntegrationTest
class GuideEditingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Guides guides;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	private Cookie signIn(Role role) throws Exception {
		return Browserless.signIn(mvc, TestUsers.demoUsername(role), TestUsers.DEMO_PASSWORD).cookie();
	}

	private Guide guide(String slug) {
		return guides.all().stream().filter(g -> g.slug().equals(slug)).findFirst().orElseThrow();
	}

	private static MockHttpServletRequestBuilder edit(Guide guide, Cookie session, Object version, String title,
			String body) {
		return post("/directory/guides/{id}/edit", guide.id()).cookie(session)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("title", title)
			.param("summary", guide.summary())
			.param("body", body)
			.param("changeNote", "Clearer about booking");
	}

	@Test
	void aSupportWorkerSavesANewVersionAndTheOldOneIsKept() throws Exception {
		var session = signIn(Role.SUPPORT_WORKER);
		var before = guide("visiting");
		var old = guides.current(before);
		var started = Instant.now().minusSeconds(5);

		mvc.perform(get("/directory/guides").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(before.title())));
		mvc.perform(get("/directory/guides/{id}/edit", before.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + before.version() + "\"")))
			.andExpect(content().string(containsString("## Booking a visit")));

		var body = old.body() + "\n\n## Booking by phone\n\nSome prisons also take bookings by phone.";
		mvc.perform(edit(before, session, before.version(), "Visiting someone in prison", body))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/directory/guides"))
			.andExpect(flash().attribute("message",
					"Guide saved: Visiting someone in prison (version " + (before.currentVersion() + 1) + ")"));

		var after = guide("visiting");
		assertThat(after.currentVersion()).isEqualTo(before.currentVersion() + 1);
		assertThat(after.version()).isGreaterThan(before.version());
		var saved = guides.current(after);
		assertThat(saved.body()).endsWith("Some prisons also take bookings by phone.");
		assertThat(saved.authorName()).isEqualTo(users.principal("demo-support").displayName());
		assertThat(saved.authorId()).isEqualTo(users.principal("demo-support").id());
		assertThat(saved.changeNote()).isEqualTo("Clearer about booking");
		assertThat(saved.createdAt()).isBetween(started, Instant.now().plus(Duration.ofSeconds(5)));
		assertThat(guides.version(before.id(), old.number())).contains(old);
		assertThat(guides.versions(before.id())).extracting(GuideVersion::number)
			.startsWith(after.currentVersion(), before.currentVersion());

		mvc.perform(get("/guides/visiting"))
			.andExpect(content().string(containsString("<h2 class=\"govuk-heading-m\">Booking by phone</h2>")));
		mvc.perform(get("/directory/guides/{id}/versions", before.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Clearer about booking")))
			.andExpect(content().string(containsString(saved.authorName())));
		mvc.perform(get("/directory/guides/{id}/versions/{number}", before.id(), old.number()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Version " + old.number())))
			.andExpect(content().string(not(containsString("Booking by phone"))));

		var audit = jdbc.sql("""
				select actor_username, outcome, basis, basis_reference, detail from audit_event
				where action = 'GUIDE_UPDATED' and record_type = 'guide' and record_id = :id order by id desc limit 1
				""").param("id", before.id().toString()).query().singleRow();
		assertThat(audit).containsEntry("actor_username", "demo-support")
			.containsEntry("outcome", "ALLOWED")
			.containsEntry("basis", "ROLE")
			.containsEntry("basis_reference", "SUPPORT_WORKER")
			.containsEntry("detail", "version " + after.currentVersion());
	}

	@Test
	void aStaleEditIsRefusedAndNothingIsSaved() throws Exception {
		var session = signIn(Role.ADMINISTRATOR);
		var before = guide("telling-the-children");
		var body = guides.current(before).body();
		mvc.perform(edit(before, session, before.version(), before.title(), body + "\n\nA first change."))
			.andExpect(status().isFound());
		var between = guide("telling-the-children");
		long events = auditEvents(before.id());

		mvc.perform(edit(before, session, before.version(), before.title(), body + "\n\nA change made meanwhile."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Someone else changed this record while you were editing it")))
			.andExpect(content().string(containsString("A change made meanwhile.")));

		var after = guide("telling-the-children");
		assertThat(after.currentVersion()).isEqualTo(between.currentVersion());
		assertThat(after.version()).isEqualTo(between.version());
		assertThat(guides.versions(before.id())).hasSize(between.currentVersion());
		assertThat(guides.current(after).body()).endsWith("A first change.");
		assertThat(auditEvents(before.id())).isEqualTo(events);
	}

	@Test
	void badInputIsShownByTheFieldAndNothingIsSaved() throws Exception {
		var session = signIn(Role.SUPPORT_WORKER);
		var before = guide("first-days");
		mvc.perform(edit(before, session, before.version(), " ", "").param("summary", "s".repeat(301)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: ")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#title\">Enter the guide&#39;s title</a>")))
			.andExpect(content().string(containsString("Summary must be 300 characters or fewer")))
			.andExpect(content().string(containsString("Enter the guide&#39;s text")))
			.andExpect(content().string(containsString("id=\"body-error\"")));
		mvc.perform(edit(before, session, before.version(), "t".repeat(121), "x".repeat(50_001)))
			.andExpect(content().string(containsString("Title must be 120 characters or fewer")))
			.andExpect(content().string(containsString("The guide must be 50,000 characters or fewer")));
		mvc.perform(edit(before, session, before.version(), before.title(), guides.current(before).body()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have not changed the title, summary or text")));
		mvc.perform(edit(before, session, "not-a-number", before.title(), "text"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")));
		mvc.perform(edit(before, session, "", before.title(), "text"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(guide("first-days")).isEqualTo(before);
		assertThat(auditEvents(before.id())).isZero();
	}

	@Test
	void previewShowsTheRenderedPageWithoutSaving() throws Exception {
		var session = signIn(Role.SUPPORT_WORKER);
		var before = guide("finding-someone");
		mvc.perform(edit(before, session, before.version(), before.title(),
				"## A new heading\n\n<script>alert(1)</script>\n\n[bad](javascript:alert(1))")
			.param("preview", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Preview: not saved yet")))
			.andExpect(content().string(containsString("<h2 class=\"govuk-heading-m\">A new heading</h2>")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(not(containsString("href=\"javascript:"))));
		assertThat(guide("finding-someone")).isEqualTo(before);
	}

	@Test
	void unknownGuidesAndVersionsAreNotFound() throws Exception {
		var session = signIn(Role.ADMINISTRATOR);
		var guide = guide("arrest");
		mvc.perform(get("/directory/guides/{id}/edit", UUID.randomUUID()).cookie(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/directory/guides/{id}/versions/{number}", guide.id(), 999).cookie(session))
			.andExpect(status().isNotFound());
		mvc.perform(get("/directory/guides/{id}/versions/{number}", guide.id(), "one").cookie(session))
			.andExpect(status().isBadRequest());
	}

	@Test
	void otherRolesMayNotEdit() throws Exception {
		var session = signIn(Role.VOLUNTEER);
		var guide = guide("arrest");
		mvc.perform(get("/directory/guides").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(edit(guide, session, guide.version(), "Hijacked", "Hijacked")).andExpect(status().isForbidden());
		assertThat(guide("arrest")).isEqualTo(guide);
	}

	private long auditEvents(UUID guideId) {
		return jdbc.sql("select count(*) from audit_event where action = 'GUIDE_UPDATED' and record_id = :id")
			.param("id", guideId.toString())
			.query(Long.class)
			.single();
	}

}
