package org.familymatters.directory;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.familymatters.identity.Role;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.support.IntegrationTest;
import org.familymatters.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Resource packs: a training coordinator attaches a file to a resource and replaces it;
 * the public page offers the current version, the history every version.
 */
@IntegrationTest
class ResourcePacksTest {

	private static final byte[] PDF_V1 = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PDF_V2 = "%PDF-1.7\n1 0 obj <<>> endobj\n2 0 obj <<>> endobj\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@LocalServerPort
	int port;

	@Test
	void versionsAreKeptAndEachDownloadsAsAnAttachmentOfItsType() throws Exception {
		var resource = resource("Pack " + UUID.randomUUID());
		var page = "/directory/resources/" + resource + "/file";
		mvc.perform(get(page).with(users.as(Role.TRAINING_COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attach a file")));

		mvc.perform(upload(resource, "C:\\packs\\pack.pdf", PDF_V1, "0", null)).andExpect(redirectedUrl(page));
		mvc.perform(upload(resource, "pack v2.pdf", PDF_V2, "1", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say what changed in this version")));
		mvc.perform(upload(resource, "pack v2.pdf", PDF_V2, "0", "A new section on release"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this record")));
		mvc.perform(upload(resource, "pack v2.pdf", PDF_V2, "1", "A new section on release"))
			.andExpect(redirectedUrl(page));

		var today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ServiceTime.ZONE));
		mvc.perform(get("/resources"))
			.andExpect(content().string(containsString("href=\"/resources/" + resource + "/files/2\"")))
			.andExpect(content()
				.string(containsString("(PDF, " + PDF_V2.length + " bytes, version 2, updated " + today + ")")))
			.andExpect(content().string(containsString("href=\"/resources/" + resource + "/versions\"")));
		mvc.perform(get("/resources/" + resource + "/versions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A new section on release")))
			.andExpect(content().string(containsString("href=\"/resources/" + resource + "/files/1\"")));

		var first = mvc.perform(get("/resources/" + resource + "/files/1"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/pdf"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("filename=\"pack.pdf\"")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(first).isEqualTo(PDF_V1);
		assertThat(mvc.perform(get("/resources/" + resource + "/files/2"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("filename=\"pack v2.pdf\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(PDF_V2);
		mvc.perform(get("/resources/" + resource + "/files/3")).andExpect(status().isNotFound());
	}

	@Test
	void aWrongTypeAnEmptyFileAndAnotherRoleAreRefusedAndNothingIsSaved() throws Exception {
		var resource = resource("Refusals " + UUID.randomUUID());
		var executable = new byte[256];
		executable[0] = 'M';
		executable[1] = 'Z';
		mvc.perform(upload(resource, "pack.pdf", executable, "0", null))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("The file must be a PDF, Word (.docx), PowerPoint (.pptx) or OpenDocument file")));
		mvc.perform(upload(resource, "pack.pdf", new byte[0], "0", null))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the file to upload: it must not be empty")));
		mvc.perform(upload(resource, "pack.pdf", PDF_V1, "0", "Note\u0000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		mvc.perform(multipart("/directory/resources/" + resource + "/file")
			.file(new MockMultipartFile("file", "pack.pdf", "application/pdf", PDF_V1))
			.param("seen", "0")
			.with(csrf())
			.with(users.as(Role.VOLUNTEER))).andExpect(status().isForbidden());
		mvc.perform(get("/directory/resources/" + resource + "/file").with(users.as(Role.AGENCY_PRACTITIONER)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from dir_resource_file where resource_id = :id")
			.param("id", resource)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/resources")).andExpect(content().string(not(containsString("/resources/" + resource))));
		mvc.perform(get("/resources/" + resource + "/versions")).andExpect(status().isNotFound());
	}

	@Test
	void theDemoPacksCarryAGeneratedPdf() throws Exception {
		var pdf = mvc.perform(get("/resources/de000000-0000-4000-8000-000000000602/files/1"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("teachers-pack-from-arrest-to-post-release.pdf")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		mvc.perform(get("/resources"))
			.andExpect(content().string(containsString("Family Matters training resource pack")))
			.andExpect(content().string(containsString("Teachers&#39; pack: from arrest to post-release")));
	}

	/**
	 * Over the largest upload (20 MB) the request is refused before any handler, with a
	 * page that says the limit, not a server error. The form's address carries the CSRF
	 * token, so that the refusal is not a CSRF one. Sent to the real server: MockMvc
	 * applies no limit.
	 */
	@Test
	void anUploadOverTheLimitIsAnsweredWithAPageThatSaysTheLimit() throws Exception {
		var client = HttpClient.newHttpClient();
		var signInPage = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sign-in"))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
		var token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(signInPage.body());
		assertThat(token.find()).isTrue();
		// The CSRF cookie, or the session that keeps the token: whatever the page set.
		var cookies = String.join("; ",
				signInPage.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
		var boundary = "----fm" + UUID.randomUUID();
		var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
			.getBytes(StandardCharsets.US_ASCII);
		var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		var body = new byte[head.length + 20 * 1024 * 1024 + 64 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		var response = client.send(HttpRequest
			.newBuilder(
					URI.create("http://127.0.0.1:" + port + "/directory/resources/de000000-0000-4000-8000-000000000601"
							+ "/file?_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.header("Accept", "text/html")
			.header("Cookie", cookies)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The file is too large").contains("A file may be up to 20 MB");
	}

	private MockMultipartHttpServletRequestBuilder upload(UUID resource, String name, byte[] content, String seen,
			String note) {
		var request = multipart("/directory/resources/" + resource + "/file")
			.file(new MockMultipartFile("file", name, "application/pdf", content));
		request.param("seen", seen);
		if (note != null) {
			request.param("changeNote", note);
		}
		request.with(csrf()).with(users.as(Role.TRAINING_COORDINATOR));
		return request;
	}

	/** A fresh active training resource, for practitioners. */
	private UUID resource(String title) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into dir_resource (id, kind, title, summary, audiences, created_by, updated_by)
				values (:id, 'training', :title, 'A pack for a test.', array['practitioners'], 'test', 'test')
				""").param("id", id).param("title", title).update();
		return id;
	}

}
