package org.familymatters.directory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.familymatters.directory.internal.DirectoryProperties;
import org.familymatters.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 3: public searches run under a statement timeout
 * ({@code familymatters.directory.public-query-timeout}), so that no request holds the
 * database for long; a search that runs out of time is answered with a clear message (the
 * page) or a 503 problem (the API), never a 500. To make a search slow for certain, the
 * test holds a lock on the services table from another connection while it searches, so
 * it runs alone, with a short timeout it puts back afterwards.
 */
@IntegrationTest
@Isolated
class PublicQueryTimeoutTest {

	static final Duration TIMEOUT = Duration.ofMillis(300);

	@Autowired
	MockMvc mvc;

	@Autowired
	DirectoryProperties properties;

	@Autowired
	DataSource dataSource;

	private Duration before;

	private Connection locking;

	@BeforeEach
	void aSlowDatabase() throws SQLException {
		before = properties.getPublicQueryTimeout();
		properties.setPublicQueryTimeout(TIMEOUT);
		locking = dataSource.getConnection();
		locking.setAutoCommit(false);
		try (var statement = locking.createStatement()) {
			statement.execute("lock table dir_service in access exclusive mode");
		}
	}

	@AfterEach
	void putItBack() throws SQLException {
		locking.rollback();
		locking.close();
		properties.setPublicQueryTimeout(before);
	}

	@Test
	void thePageSaysTheSearchTookTooLong() throws Exception {
		long started = System.nanoTime();
		mvc.perform(get("/support").param("q", "visiting"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("The search took too long")))
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void theApiAnswers503WithAProblem() throws Exception {
		long started = System.nanoTime();
		mvc.perform(get("/openreferral/services").param("search", "visiting"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.detail").value(containsString("took too long")));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

}
