package org.familymatters.shared;

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.familymatters.identity.Role;
import org.familymatters.shared.generate.DataSize;
import org.familymatters.shared.generate.GeneratedIds;
import org.familymatters.shared.generate.GenerationProgress;
import org.familymatters.shared.generate.SyntheticData;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The synthetic data of the directory, consent, court desks and networks (G2's parts of
 * {@code --generate}) at demo size: written once (a second run writes nothing), and shown
 * by the pages that show such records. The whole test is one transaction, rolled back at
 * the end, so that the other tests sharing the database never see the generated records
 * (the MockMvc requests run in the test's thread, inside it).
 */
@IntegrationTest
@Transactional
@ResourceLock(SyntheticDataTest.LOCK)
class SyntheticDataModulesBTest {

	/**
	 * The orders of this part's modules (directory, consent, court desk, network) and of
	 * the identity and family parts they build on.
	 */
	static final Set<Integer> PARTS = Set.of(10, 20, 30, 35, 50, 70);

	/** This part's own modules' orders. */
	static final Set<Integer> OWN = Set.of(20, 35, 50, 70);

	@Autowired
	List<SyntheticData> parts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Clock clock;

	@Test
	void demoSizeIsWrittenOnceAndThePagesShowIt() throws Exception {
		// Every row, or none when SyntheticDataTest has committed them before (the pages
		// below find them either way).
		generate();
		assertThat(generate()).as("rows written by the second run")
			.allSatisfy((order, rows) -> assertThat(rows).isZero());

		// The directory: the public search, the Open Referral API, a service's own
		// record.
		var first = UUID.fromString("00000000-0020-4000-8002-000000000001");
		mvc.perform(get("/openreferral/services").param("search", "synthetic").param("per_page", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total_items").value(greaterThanOrEqualTo((int) DataSize.DEMO.directoryServices())))
			.andExpect(jsonPath("$.contents[*].id").value(hasItem(first.toString())));
		mvc.perform(get("/openreferral/services/" + first))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.service_areas[0].name").exists())
			.andExpect(jsonPath("$.schedules.length()").value(2));
		mvc.perform(get("/support").param("q", "synthetic"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(": support group 1")));

		// Consent: the carer's, recorded for a generated family, shown on its page to its
		// key worker.
		var family = GeneratedIds.family(1);
		mvc.perform(get("/families/" + family + "/consent").with(
				user(users.principal(GeneratedIds.supportWorkerUsername(GeneratedIds.keyWorkerOf(DataSize.DEMO, 1))))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Signed form")));

		// Court desks: ten years of contacts, the last twelve months counted on the page.
		var lastYear = jdbc.sql("""
				select count(*) from court_desk_contact
				where id between '00000000-0050-4000-8002-000000000000' and '00000000-0050-4000-8002-ffffffffffff'
				  and occurred_at > :since
				""")
			.param("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(300))))
			.query(Long.class)
			.single();
		assertThat(lastYear).isPositive();
		mvc.perform(get("/court-desk/statistics").with(users.as(Role.COURT_DESK_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reading Crown Court")));

		// Networks: each locality's, with forty past meetings, shown to its coordinator.
		var network = jdbc.sql("""
				select n.id, u.username from network n join identity_user u on u.id = n.coordinator_user_id
				where n.id = '00000000-0070-4000-8001-000000000001'
				""").query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) }).single();
		mvc.perform(get("/networks/" + network[0] + "/meetings").with(user(users.principal((String) network[1]))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Community rooms (generated)")));
	}

	/** Runs the parts; the rows each of this part's modules wrote, by order. */
	private Map<Integer, Long> generate() {
		var mine = parts.stream()
			.filter(part -> PARTS.contains(part.order()))
			.sorted(Comparator.comparingInt(SyntheticData::order))
			.toList();
		assertThat(mine).hasSize(PARTS.size());
		var progress = new GenerationProgress(1, new PrintStream(OutputStream.nullOutputStream()), false,
				System::nanoTime);
		var written = new TreeMap<Integer, Long>();
		for (var part : mine) {
			long before = progress.done();
			part.generate(DataSize.DEMO, progress);
			if (OWN.contains(part.order())) {
				written.put(part.order(), progress.done() - before);
			}
		}
		return written;
	}

}
