package org.familymatters.family.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.familymatters.consent.InformationKind;
import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.family.TimelineEntry;
import org.familymatters.shared.security.SignedIn;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A family's record for agencies' systems, under the same access decision as the pages:
 * each call is decided and audited for the token's user, and answers only what that
 * decision allows.
 */
@RestController
@RequestMapping("/api/families")
@Tag(name = "Families", description = "Family records, as the caller's access allows")
@SecurityRequirement(name = "bearer")
class FamilyApi {

	private final FamilyRecords records;

	FamilyApi(FamilyRecords records) {
		this.records = records;
	}

	@SignedIn
	@GetMapping("/{id}")
	@Operation(summary = "A family's record, as the caller's access allows",
			description = "Decided by the access decision and audited as FAMILY_VIEWED. A school sees only its own "
					+ "pupils' names, dates of birth and school years; an agency sees the kinds of information consent "
					+ "or an approved safeguarding basis covers for it.")
	@ApiResponse(responseCode = "200", description = "The family")
	@ApiResponse(responseCode = "403", description = "The caller may not see this family",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such family",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	FamilyResource family(@PathVariable UUID id) {
		var view = records.view(id);
		var f = view.family();
		return new FamilyResource(f.id(), f.reference(), f.localityName(), f.status(), f.closedReason(),
				(f.journeyStage() != null) ? f.journeyStage().code() : null, f.keyWorkerName(), f.addressLine1(),
				f.addressLine2(), f.town(), f.postcode(), f.updatedAt(), access(view), people(view),
				view.custody().stream().map(CustodyResource::of).toList(),
				view.timeline().stream().map(TimelineResource::of).toList());
	}

	@SignedIn
	@GetMapping("/{id}/people")
	@Operation(summary = "The people of a family the caller may see",
			description = "The same decision as the family; a school gets only its own pupils.")
	@ApiResponse(responseCode = "200", description = "The people")
	@ApiResponse(responseCode = "403", description = "The caller may not see this family",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such family",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<PersonResource> people(@PathVariable UUID id) {
		return people(records.view(id));
	}

	private static List<PersonResource> people(FamilyView view) {
		return view.people().stream().map(PersonResource::of).toList();
	}

	private static AccessResource access(FamilyView view) {
		return new AccessResource(view.access().basis().name(), view.access().kinds(), view.access().mayChange());
	}

	/** What the caller may see of the family, and on what basis. */
	record AccessResource(String basis, Set<InformationKind> kinds, boolean mayChange) {
	}

	record PersonResource(UUID id, String givenName, String familyName, String otherNames, LocalDate dateOfBirth,
			String phone, String email, String relationship, String role, UUID schoolId, String schoolYear) {

		static PersonResource of(Person p) {
			return new PersonResource(p.id(), p.givenName(), p.familyName(), p.otherNames(), p.dateOfBirth(), p.phone(),
					p.email(), p.relationship(), p.role().code(), p.schoolId(), p.schoolYear());
		}

	}

	record CustodyResource(UUID id, UUID personId, String prison, String prisonNumber, LocalDate remandedOn,
			LocalDate sentencedOn, String sentence, LocalDate expectedReleaseOn, LocalDate releasedOn) {

		static CustodyResource of(CustodyEpisode c) {
			return new CustodyResource(c.id(), c.personId(), c.prisonName(), c.prisonNumber(), c.remandedOn(),
					c.sentencedOn(), c.sentence(), c.expectedReleaseOn(), c.releasedOn());
		}

	}

	record TimelineResource(UUID id, String kind, boolean aboutChildren, Instant occurredAt, String summary,
			String author) {

		static TimelineResource of(TimelineEntry t) {
			return new TimelineResource(t.id(), t.kind(), t.aboutChildren(), t.occurredAt(), t.summary(),
					t.authorName());
		}

	}

	record FamilyResource(UUID id, String reference, String locality, String status, String closedReason,
			String journeyStage, String keyWorker, String addressLine1, String addressLine2, String town,
			String postcode, Instant updatedAt, AccessResource access, List<PersonResource> people,
			List<CustodyResource> custody, List<TimelineResource> timeline) {
	}

}
