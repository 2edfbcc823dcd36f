package org.familymatters.privacy.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.familymatters.privacy.internal.PrivacyRequest;
import org.familymatters.privacy.internal.PrivacyRequests;
import org.familymatters.privacy.internal.SubjectAccessPackages;
import org.familymatters.shared.input.Checked;
import org.familymatters.shared.input.Input;
import org.familymatters.shared.web.BadRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's subject access package for machines, shaped like HMPPS's subject access
 * endpoints (one per service: 200 with the content, 204 when nothing is held, 209 for an
 * identifier the service does not use): {@code GET /api/subject-access?request=…}, for an
 * API token of a data protection officer. Every answer is tied to an open request
 * recorded with its identity check: the person's identifiers, when sent, must be the
 * request's. See docs/subject-access.md.
 */
@RestController
@RequestMapping("/api/subject-access")
@Tag(name = "Subject access", description = "What the service holds about a person, for a recorded request")
@SecurityRequirement(name = "bearer")
@PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
class SubjectAccessApi {

	/** HMPPS's answer for an identifier the service does not use. */
	static final int IDENTIFIER_NOT_USED = 209;

	private final PrivacyRequests requests;

	private final SubjectAccessPackages packages;

	SubjectAccessApi(PrivacyRequests requests, SubjectAccessPackages packages) {
		this.requests = requests;
		this.packages = packages;
	}

	@GetMapping(produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "The person's subject access package, for an open request",
			description = "200 with the package (docs/subject-access.md); 204 when the service holds nothing about "
					+ "them; 209 for a prison or case reference number, which this service does not use; 400 for "
					+ "a bad or unmatched identifier; 404 for no such request; 403 for a request no longer open.")
	ResponseEntity<?> find(
			@RequestParam(required = false) @Parameter(description = "the request's id",
					schema = @Schema(type = "string", format = "uuid")) String request,
			@RequestParam(required = false) @Parameter(
					description = "the person's full name, as the request has it") String name,
			@RequestParam(required = false) @Parameter(
					schema = @Schema(type = "string", format = "date")) String dateOfBirth,
			@RequestParam(required = false) String postcode, @RequestParam(required = false) String email,
			@RequestParam(required = false) @Parameter(description = "a prison number: not used here") String prn,
			@RequestParam(required = false) @Parameter(
					description = "a probation case reference: not used here") String crn) {
		if (request == null && (prn != null || crn != null)) {
			return ResponseEntity.status(IDENTIFIER_NOT_USED).build();
		}
		var id = Input.identifier(request);
		if (id.failed() || id.value() == null) {
			throw new BadRequest("request", "request must be the id of a recorded request");
		}
		var recorded = requests.get(id.value());
		check("name", Input.text(name, PrivacyRequests.TEXT_MAX), recorded.fullName(), recorded);
		check("dateOfBirth", Input.isoDate(dateOfBirth), recorded.dateOfBirth(), recorded);
		check("postcode", Input.ukPostcode(postcode), recorded.postcode(), recorded);
		check("email", Input.email(email), recorded.email(), recorded);
		if (!recorded.open()) {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
					"The request is no longer open: record a new request to read the person's data again.");
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		var pack = packages.forApi(recorded.id());
		if (pack.empty()) {
			return ResponseEntity.noContent().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(packages.asJson(pack).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An identifier sent must be well formed (else 400) and the request's (else 400: the
	 * request was recorded, and the identity checked, for someone else).
	 */
	private static <T> void check(String parameter, Checked<T> given, Object recorded, PrivacyRequest request) {
		if (given.failed()) {
			throw new BadRequest(parameter, parameter + " is not a valid " + parameter);
		}
		if (given.value() != null && !same(given.value(), recorded)) {
			throw new BadRequest(parameter, parameter + " does not match the request " + request.id());
		}
	}

	private static boolean same(Object given, Object recorded) {
		if (given instanceof String text && recorded instanceof String kept) {
			return normal(text).equals(normal(kept));
		}
		if (given instanceof LocalDate) {
			return given.equals(recorded);
		}
		return Objects.equals(given, recorded);
	}

	private static String normal(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(Locale.UK);
	}

}
