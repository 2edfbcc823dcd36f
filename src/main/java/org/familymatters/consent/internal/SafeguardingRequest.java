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
 * @param status pending, approved or refused
 * @param endsOn the last day an approval covers (approvals only)
 */
public record SafeguardingRequest(UUID id, UUID familyId, String familyReference, UUID requestedBy,
		String requestedByName, Instant requestedAt, String reason, List<UUID> organisationIds,
		List<String> organisationNames, String status, String decidedByName, Instant decidedAt, String decisionReason,
		LocalDate endsOn, long version) {

	/** The same request, naming its family by the reference given. */
	public SafeguardingRequest about(String reference) {
		return new SafeguardingRequest(id, familyId, reference, requestedBy, requestedByName, requestedAt, reason,
				organisationIds, organisationNames, status, decidedByName, decidedAt, decisionReason, endsOn, version);
	}

	public boolean pending() {
		return "pending".equals(status);
	}

	/** Whether sharing is covered on a day: approved, and not past its end date. */
	public boolean inForce(LocalDate today) {
		return "approved".equals(status) && endsOn != null && !endsOn.isBefore(today);
	}

	/** The status as a person reads it on a day. */
	public String statusLabel(LocalDate today) {
		return switch (status) {
			case "pending" -> "Waiting for a decision";
			case "approved" -> inForce(today) ? "Approved" : "Ended";
			default -> "Refused";
		};
	}

}
