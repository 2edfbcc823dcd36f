package org.familymatters.consent.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A request to share a family's information without consent because a child may be at
 * risk, and the designated safeguarding lead's decision. Both reasons are kept whatever
 * the decision.
 *
 * @param reference what its requester follows it by, like SR-000012
 * @param localityId the locality of its family when it was asked
 * @param requestedByEmail the requester's e-mail address, if on record
 * @param requestedByOrganisation the requester's organisation
 * @param status pending, approved or refused
 * @param endsOn the last day an approval covers (approvals only)
 * @param endedAt when a lead ended an approval before its end date; null otherwise
 */
public record SafeguardingRequest(UUID id, String reference, UUID familyId, String familyReference, UUID localityId,
		UUID requestedBy, String requestedByName, String requestedByEmail, String requestedByOrganisation,
		Instant requestedAt, String reason, List<UUID> organisationIds, List<String> organisationNames, String status,
		String decidedByName, Instant decidedAt, String decisionReason, LocalDate endsOn, Instant endedAt,
		String endedByName, long version) {

	/** The same request, naming its family by the reference given. */
	public SafeguardingRequest about(String familyReference) {
		return new SafeguardingRequest(id, reference, familyId, familyReference, localityId, requestedBy,
				requestedByName, requestedByEmail, requestedByOrganisation, requestedAt, reason, organisationIds,
				organisationNames, status, decidedByName, decidedAt, decisionReason, endsOn, endedAt, endedByName,
				version);
	}

	public boolean pending() {
		return "pending".equals(status);
	}

	/**
	 * Whether sharing is covered on a day: approved, not ended by a lead, and not past
	 * its end date.
	 */
	public boolean inForce(LocalDate today) {
		return "approved".equals(status) && endedAt == null && endsOn != null && !endsOn.isBefore(today);
	}

	/** The status as a person reads it on a day. */
	public String statusLabel(LocalDate today) {
		return switch (status) {
			case "pending" -> "Waiting for a decision";
			case "approved" -> inForce(today) ? "Approved" : "Ended";
			default -> "Refused";
		};
	}

	/** The colour of the status's tag on a day. */
	public String statusColour(LocalDate today) {
		return switch (status) {
			case "pending" -> "blue";
			case "approved" -> inForce(today) ? "green" : "grey";
			default -> "red";
		};
	}

}
