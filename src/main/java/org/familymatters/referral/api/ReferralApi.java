package org.familymatters.referral.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.familymatters.referral.ReferralIntake;
import org.familymatters.referral.ReferralRefused;
import org.familymatters.referral.internal.Referral;
import org.familymatters.referral.internal.ReferralTriage;
import org.familymatters.shared.security.SignedIn;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals from agencies' systems: any token holder may refer a family; the referrer and
 * the support workers of the referral's locality may read it back. The same checks as the
 * forms, each mistake named by its field in a 400 problem details body; nothing is saved
 * while any remains.
 */
@RestController
@RequestMapping("/api/referrals")
@Tag(name = "Referrals", description = "Refer a family, and follow the referral")
@SecurityRequirement(name = "bearer")
class ReferralApi {

	private final ReferralIntake intake;

	private final ReferralTriage triage;

	private final MessageSource messages;

	ReferralApi(ReferralIntake intake, ReferralTriage triage, MessageSource messages) {
		this.intake = intake;
		this.triage = triage;
		this.messages = messages;
	}

	@SignedIn
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Refer a family",
			description = "Any token holder may refer. Refused with 400 and every "
					+ "mistake named by its field; nothing is saved.")
	@ApiResponse(responseCode = "201", description = "Received: waiting for the locality's support workers")
	@ApiResponse(responseCode = "400", description = "Mistakes, as problem details with an `errors` list")
	ResponseEntity<?> refer(@RequestBody ReferralRequest body) {
		var read = ReferralRequestReading.read(body);
		var referral = read.referral();
		var problems = new ArrayList<>(read.problems());
		intake.check(referral).forEach(problems::add);
		if (problems.isEmpty()) {
			try {
				var received = intake.receive(referral);
				return ResponseEntity.created(URI.create("/api/referrals/" + received.id()))
					.body(resource(triage.forReferrerOrTriage(received.id())));
			}
			catch (ReferralRefused refused) {
				problems.addAll(refused.problems());
			}
		}
		var byField = new LinkedHashMap<String, FieldError>();
		problems.forEach(p -> byField.putIfAbsent(p.field(),
				new FieldError(p.field(), messages.getMessage(p.code(), null, p.code(), Locale.UK))));
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The referral has mistakes, named by field. Nothing was saved.");
		problem.setProperty("errors", List.copyOf(byField.values()));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@SignedIn
	@GetMapping("/{id}")
	@Operation(summary = "A referral, for its referrer or the support workers of its locality")
	@ApiResponse(responseCode = "403", description = "Neither the referrer nor a support worker of the locality")
	@ApiResponse(responseCode = "404", description = "No such referral")
	ReferralResource referral(@PathVariable UUID id) {
		return resource(triage.forReferrerOrTriage(id));
	}

	private static ReferralResource resource(Referral r) {
		return new ReferralResource(r.id(), r.reference(), r.status().code(), r.source().code(), r.localityId(),
				r.localityName(), r.referrerName(), r.referrerEmail(), r.referrerOrganisationName(), r.reason(),
				r.needs(), r.criteriaMet(), r.consentToContact(),
				r.people()
					.stream()
					.map(p -> new PersonResource(p.givenName(), p.familyName(), p.otherNames(), p.dateOfBirth(),
							p.relationship(), p.role().code(), p.personId()))
					.toList(),
				r.createdAt(), r.decidedAt(), r.familyId(), r.signpostedServiceIds());
	}

	record PersonRequest(String givenName, String familyName, String otherNames, String dateOfBirth,
			String relationship, String role, String phone, String email, String address, String postcode) {
	}

	record ReferralResource(UUID id, String reference, String status, String source, UUID localityId,
			String localityName, String referrerName, String referrerEmail, String referrerOrganisation, String reason,
			List<String> needs, List<String> criteriaMet, boolean consentToContact, List<PersonResource> people,
			Instant createdAt, Instant decidedAt, UUID familyId, List<UUID> signpostedServiceIds) {
	}

	record PersonResource(String givenName, String familyName, String otherNames, LocalDate dateOfBirth,
			String relationship, String role, UUID personId) {
	}

	record FieldError(String field, String message) {
	}

	@Schema(description = "A referral. Dates are ISO 8601 (2015-03-27); ids are UUIDs; source is one of court_desk, "
			+ "school, childrens_centre, probation, prison, police, social_care, health, housing, charity, self; "
			+ "a person's role is one of in_custody, partner, parent_or_carer, child, other_relative.")
	record ReferralRequest(String source, String referrerName, String referrerEmail, String referrerPhone,
			String referrerOrganisationId, String referrerOrganisationName, String localityId,
			List<PersonRequest> people, String reason, List<String> needs, List<String> criteria,
			Boolean consentToContact) {
	}

}
