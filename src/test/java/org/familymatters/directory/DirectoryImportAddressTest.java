package org.familymatters.directory;

import java.net.URI;
import java.time.Duration;

import org.familymatters.directory.internal.OpenReferralImport;
import org.familymatters.identity.Role;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 5: an administrator's import from an address fetches nothing from this
 * machine or its network, nor from the cloud metadata address, and says only that it
 * could not fetch the address and why. (A test server the import may reach, and
 * redirects, sizes and times: {@code internal.FeedFetcherTest}.)
 */
@IntegrationTest
class DirectoryImportAddressTest {

	@Autowired
	OpenReferralImport imports;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@LocalServerPort
	int port;

	@Test
	void thisServiceOnLoopbackIsNotFetched() {
		var http = imports.importApi(URI.create("http://127.0.0.1:" + port + "/openreferral"));
		assertThat(http.added() + http.updated()).isZero();
		assertThat(http.problems()).singleElement()
			.satisfies(p -> assertThat(p.reason()).isEqualTo("Could not fetch http://127.0.0.1:" + port
					+ "/openreferral/taxonomies?page=1&per_page=100: only https:// addresses are fetched"));

		var https = imports.importApi(URI.create("https://127.0.0.1:" + port + "/openreferral"));
		assertThat(https.added() + https.updated()).isZero();
		assertThat(https.problems()).singleElement()
			.satisfies(p -> assertThat(p.reason()).isEqualTo("Could not fetch https://127.0.0.1:" + port
					+ "/openreferral/taxonomies?page=1&per_page=100: the address is not a public one"));
	}

	@Test
	void theCloudMetadataAddressIsRefusedWithoutTryingIt() {
		long started = System.nanoTime();
		var report = imports.importApi(URI.create("https://169.254.169.254/latest/meta-data"));
		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused before any connection")
			.isLessThan(Duration.ofSeconds(2));
		assertThat(report.problems()).singleElement()
			.satisfies(p -> assertThat(p.reason()).endsWith("the address is not a public one"));
	}

	@Test
	void thePageShowsTheRefusalByTheFieldOrInTheReportAndNothingItFound() throws Exception {
		mvc.perform(post("/admin/directory/import-address").param("address", "http://169.254.169.254/")
			.with(users.as(Role.ADMINISTRATOR))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an address starting https://")));
		mvc.perform(
				post("/admin/directory/import-address").param("address", "https://127.0.0.1:" + port + "/openreferral")
					.with(users.as(Role.ADMINISTRATOR))
					.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the address is not a public one")))
			.andExpect(content().string(not(containsString("HSDS-UK-3.0"))));
	}

}
