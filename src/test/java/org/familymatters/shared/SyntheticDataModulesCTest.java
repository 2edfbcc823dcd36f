package org.familymatters.shared;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The synthetic data of referrals, support plans and schools (G3's parts of
 * {@code --generate}) at demo size: written once (a second run writes nothing), and shown
 * to a generated family's key worker by the pages a support worker uses: the caseload,
 * the family's plan, an action's form, the triage list and the referral the family came
 * from. One transaction, rolled back at the end, as {@link SyntheticDataModulesBTest};
 * never at the same time as another test that writes the generated records (the same
 * identifiers), which would wait on this one's rows and then fail.
 */
@IntegrationTest
@Transactional
@ResourceLock(SyntheticDataTest.LOCK)
class SyntheticDataModulesCTest {

	/** The orders of this part's modules and of the identity and family parts. */
	static final Set<Integer> PARTS = Set.of(10, 30, 40, 60);

	/** This part's own modules' orders. */
	static final Set<Integer> OWN = Set.of(40, 60);

	@Autowired
	List<SyntheticData> parts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Test
	void demoSizeIsWrittenOnceAndTheKeyWorkerSeesIt() throws Exception {
		// All of a part's rows, or none when SyntheticDataTest has committed them before.
		generate();
		assertThat(generate()).as("rows written by the second run")
			.allSatisfy((order, rows) -> assertThat(rows).isZero());

		// Family 1 is active; its key worker is generated support worker 1.
		var family = GeneratedIds.family(1);
		RequestPostProcessor keyWorker = user(
				users.principal(GeneratedIds.supportWorkerUsername(GeneratedIds.keyWorkerOf(DataSize.DEMO, 1))));
		var action = "00000000-0060-4000-8005-000000000001";
		mvc.perform(get("/plans/caseload").with(keyWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/families/" + family + "/plan")));
		mvc.perform(get("/families/" + family + "/plan").with(keyWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("things are better than when we started"),
					containsString("/families/" + family + "/plan/actions/" + action + "/edit"),
					containsString("Primary school, district 1 (generated)"))));
		mvc.perform(get("/families/" + family + "/plan/actions/" + action + "/edit").with(keyWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(generated)")));

		// The triage list of the worker's locality: the requests waiting there, a
		// handful.
		mvc.perform(get("/referrals/triage").with(keyWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("RF-GW000001"), containsString("RF-GW000005"))));
		// The referral family 1 came from, accepted into it.
		mvc.perform(get("/referrals/00000000-0040-4000-8001-000000000001").with(keyWorker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/families/" + family)));

		// The closed plans are counted for the outcomes report, through the plan's own
		// trigger (deferred to the commit, which this test never reaches: so now).
		jdbc.sql("set constraints all immediate").update();
		assertThat(jdbc.sql("""
				select coalesce(sum(closed), 0) from plan_outcome_day
				where dimension = 'locality' and locality_id = :locality
				""").param("locality", GeneratedIds.locality(1)).query(Long.class).single()).isPositive();
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
				assertThat(progress.done() - before).as("rows of part %d", part.order())
					.isIn(0L, part.rows(DataSize.DEMO));
			}
		}
		return written;
	}

}
