package org.familymatters.identity;

import java.time.Duration;

import org.familymatters.audit.internal.AuditQuery;
import org.familymatters.audit.internal.AuditSearch;
import org.familymatters.identity.internal.ApiTokens;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A 403 from a handler's access annotation, before any access decision, is audited: who,
 * which path, which rule (issue 12, item 7); through an API token, against the token too.
 */
@IntegrationTest
class RoleCheckRefusalsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditSearch audit;

	@Autowired
	ApiTokens tokens;

	@Autowired
	IdentityFixtures fixtures;

	@Test
	void aPageRefusedByTheRoleCheckIsAuditedWithThePathAndTheRule() throws Exception {
		var volunteer = fixtures.staff(Role.VOLUNTEER);
		mvc.perform(get("/admin/users").with(IdentityFixtures.as(volunteer)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		assertThat(refusals(volunteer)).singleElement().satisfies(event -> {
			assertThat(event.outcome()).isEqualTo("REFUSED");
			assertThat(event.recordType()).isEqualTo("path");
			assertThat(event.recordId()).isEqualTo("/admin/users");
			assertThat(event.basis()).isEqualTo("ROLE");
			assertThat(event.basisReference()).isEqualTo("hasRole('ADMINISTRATOR')");
			assertThat(event.detail()).startsWith("GET /admin/users").contains("ROLE_VOLUNTEER");
		});
	}

	@Test
	void anApiCallRefusedByTheRoleCheckIsAuditedAgainstItsToken() throws Exception {
		var manager = fixtures.staff(Role.MANAGER);
		var issued = tokens.issue(manager, "refusal test", Duration.ofHours(1));
		mvc.perform(get("/api/audit-events").header(HttpHeaders.AUTHORIZATION, "Bearer " + issued.secret()))
			.andExpect(status().isForbidden());
		assertThat(refusals(manager)).singleElement().satisfies(event -> {
			assertThat(event.recordId()).isEqualTo("/api/audit-events");
			assertThat(event.apiTokenId()).isEqualTo(issued.id());
		});
	}

	@Test
	void someoneNotSignedInIsNotRecordedHere() throws Exception {
		mvc.perform(get("/admin/users").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
		assertThat(audit
			.search(new AuditQuery("anonymous", "ROLE_CHECK_REFUSED", "path", "/admin/users", null, null, 1, 1))
			.total()).isZero();
	}

	private java.util.List<org.familymatters.audit.internal.AuditEvent> refusals(StaffPrincipal who) {
		return audit.search(new AuditQuery(who.username(), "ROLE_CHECK_REFUSED", null, null, null, null, 1, 10))
			.items();
	}

}
