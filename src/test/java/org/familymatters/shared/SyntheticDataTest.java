package org.familymatters.shared;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.familymatters.audit.internal.AuditChainVerification;
import org.familymatters.family.FamilyRecords;
import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GeneratedIds;
import org.familymatters.shared.generate.SyntheticDataGenerator;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * {@code --generate=demo} through the generator bean: every module's part, twice (the
 * second run writes nothing), then what a generated support worker meets: they sign in
 * with the demo password, and their family's page shows its three people; and the audit
 * trail's chain is unbroken with the generated events in it.
 */
@IntegrationTest
@ResourceLock(SyntheticDataModulesCTest.LOCK)
class SyntheticDataTest {

	@Autowired
	SyntheticDataGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Autowired
	FamilyRecords records;

	@Autowired
	AuditChainVerification chain;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void demoSizeIsGeneratedOnceAndHoldsTogether() throws Exception {
		var size = DataSize.DEMO;
		var out = new ByteArrayOutputStream();
		long started = System.nanoTime();
		long written = generator.generate(size, new PrintStream(out, true, StandardCharsets.UTF_8), false);
		System.out.printf("SYNTHETIC DATA demo: %,d rows in %.1f s%n", written, (System.nanoTime() - started) / 1e9);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("rows/s");
		long families = jdbc.sql("select count(*) from family where id between :first and :last")
			.param("first", GeneratedIds.family(1))
			.param("last", GeneratedIds.family(size.families()))
			.query(Long.class)
			.single();
		assertThat(families).isEqualTo(size.families());

		long audit = auditEvents();
		generator.generate(size, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
		assertThat(jdbc.sql("select count(*) from family where id between :first and :last")
			.param("first", GeneratedIds.family(1))
			.param("last", GeneratedIds.family(size.families()))
			.query(Long.class)
			.single()).as("the second run writes no family").isEqualTo(size.families());
		assertThat(auditEvents()).as("the second run writes no audit event").isEqualTo(audit);

		long n = 7;
		int worker = GeneratedIds.keyWorkerOf(size, n);
		mvc.perform(formLogin("/sign-in").user(GeneratedIds.supportWorkerUsername(worker))
			.password(TestUsers.DEMO_PASSWORD)).andExpect(authenticated());

		var principal = users.principal(GeneratedIds.supportWorkerUsername(worker));
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		var view = records.view(GeneratedIds.family(n));
		assertThat(view.people()).hasSize(3);

		var report = chain.verify();
		assertThat(report.unbroken()).as(report.summary()).isTrue();
	}

	private long auditEvents() {
		return jdbc.sql("select count(*) from audit_event where actor_username like 'gen-support-%'")
			.query(Long.class)
			.single();
	}

}
