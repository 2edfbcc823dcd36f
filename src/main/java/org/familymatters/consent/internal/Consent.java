package org.familymatters.consent.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.InformationKind;
import org.familymatters.identity.OrganisationType;

/**
 * Consent given by one person for their family: how and when it was given, for what,
 * which kinds of information it covers, which organisations (or every organisation of a
 * type) may receive them, when it is to be reviewed, and its withdrawal.
 */
public record Consent(UUID id, UUID familyId, UUID giverId, ConsentMethod method, String witness, LocalDate givenOn,
		String purpose, LocalDate reviewOn, Set<InformationKind> kinds, List<UUID> organisationIds,
		List<String> organisationNames, List<OrganisationType> organisationTypes, Instant withdrawnAt,
		String withdrawnByName, String withdrawalNote, Instant recordedAt, String recordedByName, long version) {

	/** Where a consent stands on a day. */
	public enum Status {

		GIVEN("Given"), WITHDRAWN("Withdrawn"), EXPIRED("Expired");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Withdrawn from the moment it was withdrawn; expired once past its review date. The
	 * access decision applies the same rule.
	 */
	public Status status(LocalDate today) {
		if (withdrawnAt != null) {
			return Status.WITHDRAWN;
		}
		if (reviewOn != null && reviewOn.isBefore(today)) {
			return Status.EXPIRED;
		}
		return Status.GIVEN;
	}

}
