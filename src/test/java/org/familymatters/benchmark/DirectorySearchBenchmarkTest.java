package org.familymatters.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.familymatters.directory.ServiceCriteria;
import org.familymatters.directory.ServiceSearch;
import org.familymatters.identity.Localities;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Directory search over 50,000 generated services: the time of the search query, server
 * side, at the 95th percentile, and the query plan. Run with
 * {@code ./mvnw -Pbenchmark test}; see docs/benchmarks.md. Not part of the normal suite:
 * timings on a shared 2-core machine are noisy.
 */
@IntegrationTest
@Tag("benchmark")
class DirectorySearchBenchmarkTest {

	static final int SERVICES = 50_000;

	static final int WARM_UP = 200;

	static final int MEASURED = 1_000;

	static final List<String> WORDS = List.of("family", "support", "children", "visits", "prison", "helpline", "money",
			"debt", "housing", "court", "advice", "parenting", "mental", "health", "youth", "club", "befriending",
			"release", "advocacy", "counselling", "group", "carers", "school", "benefits", "travel");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServiceSearch search;

	@Autowired
	Localities localities;

	@Test
	void filteredSearchOver50000Services() {
		generate();
		var random = new Random(42);
		var terms = jdbc.sql("select id from dir_taxonomy_term").query(UUID.class).list();
		var places = localities.findAll();
		List<Supplier<ServiceCriteria>> shapes = List
			.of(() -> criteria(word(random), null, places.get(random.nextInt(places.size())).id(), null, false),
					() -> criteria(null, terms.get(random.nextInt(terms.size())),
							places.get(random.nextInt(places.size())).id(), 5 + random.nextInt(10), false),
					() -> criteria(null, null, places.get(random.nextInt(places.size())).id(), 10, true),
					() -> criteria(word(random) + " " + word(random), terms.get(random.nextInt(terms.size())), null,
							null, false),
					() -> criteria(typo(word(random), random), null, null, 8 + random.nextInt(6), true));
		for (int i = 0; i < WARM_UP; i++) {
			search.search(shapes.get(i % shapes.size()).get());
		}
		var timings = new long[MEASURED];
		var byShape = new long[shapes.size()][MEASURED / shapes.size()];
		var slowest = new ServiceCriteria[shapes.size()];
		var slowestTime = new long[shapes.size()];
		for (int i = 0; i < MEASURED; i++) {
			var criteria = shapes.get(i % shapes.size()).get();
			long start = System.nanoTime();
			search.search(criteria);
			timings[i] = System.nanoTime() - start;
			byShape[i % shapes.size()][i / shapes.size()] = timings[i];
			if (timings[i] > slowestTime[i % shapes.size()]) {
				slowestTime[i % shapes.size()] = timings[i];
				slowest[i % shapes.size()] = criteria;
			}
		}
		System.out.printf("%nDIRECTORY SEARCH over %,d services, %,d filtered searches: %s%n", SERVICES, MEASURED,
				percentiles(timings));
		for (int shape = 0; shape < shapes.size(); shape++) {
			System.out.printf("  %s: %s%n", SHAPES.get(shape), percentiles(byShape[shape]));
		}
		for (int shape = 0; shape < shapes.size(); shape++) {
			System.out.println("QUERY PLAN of the slowest search, " + SHAPES.get(shape) + ": " + slowest[shape]);
			search.plan(slowest[shape]).forEach(System.out::println);
		}
		Arrays.sort(timings);
		assertThat(timings[(int) (MEASURED * 0.95)] / 1e6).as("95th percentile of a filtered search, in ms")
			.isLessThanOrEqualTo(20.0);
	}

	static final List<String> SHAPES = List.of("a word and a place", "a need, a place and an age",
			"a place, an age and weekends", "two words and a need", "a misspelt word, an age and weekends");

	private static String percentiles(long[] nanos) {
		var sorted = nanos.clone();
		Arrays.sort(sorted);
		return "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms".formatted(sorted[sorted.length / 2] / 1e6,
				sorted[(int) (sorted.length * 0.95)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6,
				sorted[sorted.length - 1] / 1e6);
	}

	private static ServiceCriteria criteria(String text, UUID term, UUID locality, Integer age, boolean weekends) {
		return new ServiceCriteria(text, term, null, age, null, null, locality, null, weekends, null, null, null, 1,
				10);
	}

	private static String word(Random random) {
		return WORDS.get(random.nextInt(WORDS.size()));
	}

	private static String typo(String word, Random random) {
		int at = 1 + random.nextInt(word.length() - 2);
		return word.substring(0, at) + word.substring(at + 1);
	}

	/**
	 * 50,000 services from 5,000 organisations, each with needs, areas, opening days and
	 * a place.
	 */
	private void generate() {
		if (jdbc.sql("select count(*) from dir_service").query(Long.class).single() >= SERVICES) {
			return;
		}
		var words = "array['" + String.join("','", WORDS) + "']";
		jdbc.sql("""
				insert into dir_organization (id, name, description)
				select gen_random_uuid(), 'Generated organisation ' || n, 'Generated for the benchmark.'
				from generate_series(1, 5000) n
				""").update();
		jdbc.sql(
				"""
						with o as (select id, row_number() over () as r from dir_organization where name like 'Generated %%'),
						     w as (select %1$s as words)
						insert into dir_service (id, organization_id, name, description, minimum_age, maximum_age, last_checked_on)
						select gen_random_uuid(), o.id,
						       initcap(w.words[1 + (n * 7) %% 25] || ' ' || w.words[1 + (n * 13) %% 25]) || ' service ' || n,
						       'Generated service offering ' || w.words[1 + (n * 3) %% 25] || ', ' || w.words[1 + (n * 11) %% 25]
						         || ' and ' || w.words[1 + (n * 17) %% 25] || ' near area ' || (n %% 997) || '.',
						       case when n %% 3 = 0 then (n %% 12) end, case when n %% 3 = 0 then 11 + (n %% 60) end,
						       current_date - (n %% 700)
						from generate_series(1, %2$d) n cross join w
						join o on o.r = 1 + (n %% 5000)
						"""
					.formatted(words, SERVICES))
			.update();
		jdbc.sql("""
				insert into dir_attribute (id, link_id, taxonomy_term_id)
				select gen_random_uuid(), s.id, t.id
				from (select id, row_number() over () as r from dir_service where name like '% service %') s
				join (select id, row_number() over (order by code) as r from dir_taxonomy_term) t
				  on t.r in (1 + s.r % 15, 1 + (s.r * 7) % 15)
				on conflict do nothing
				""").update();
		jdbc.sql("""
				insert into dir_service_area (id, service_id, name, locality_id, county)
				select gen_random_uuid(), s.id, l.name, l.id, l.county
				from (select id, row_number() over () as r from dir_service where name like '% service %') s
				join (select id, name, county, row_number() over (order by name) as r from locality) l
				  on l.r = 1 + s.r % 8
				""").update();
		jdbc.sql("""
				insert into dir_schedule (id, service_id, byday, opens_at, closes_at)
				select gen_random_uuid(), s.id,
				       (array['MO','TU','WE','TH','FR','SA','SU'])[1 + (s.r + d) % 7], '09:00', '17:00'
				from (select id, row_number() over () as r from dir_service where name like '% service %') s,
				     generate_series(0, 1) d
				""").update();
		jdbc.sql("vacuum analyze").update();
	}

}
