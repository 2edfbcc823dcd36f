package org.familymatters.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.family.FamilyRole;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.ReferralStatus;

/**
 * A referral as triage sees it.
 *
 * @param criteriaMet the texts of the locality's criteria the referrer said are met
 * @param criteriaTotal how many criteria the locality has
 * @param needs the names of the needs seen
 * @param signpostedServiceIds the directory services the family was signposted to
 * @param bestTimeToCall when the family would like to be called, if said
 * @param familyReference the reference of the family it was accepted into (null for one
 * accepted before the reference was kept)
 */
public record Referral(UUID id, String reference, ReferralSource source, String referrerName, String referrerEmail,
		String referrerPhone, UUID referrerOrganisationId, String referrerOrganisationName, UUID referredBy,
		UUID localityId, String localityName, String reason, boolean consentToContact, ReferralStatus status,
		String decisionReason, String decidedByName, Instant decidedAt, UUID familyId, List<UUID> signpostedServiceIds,
		String signpostedNote, Instant decisionEmailedAt, Instant createdAt, long version, List<Person> people,
		List<String> needs, List<String> criteriaMet, int criteriaTotal, String bestTimeToCall,
		String familyReference) {

	public boolean decided() {
		return status != ReferralStatus.RECEIVED;
	}

	/**
	 * A person the referral names, and who they became on record once it was accepted.
	 */
	public record Person(UUID id, int position, String givenName, String familyName, String otherNames,
			LocalDate dateOfBirth, String relationship, FamilyRole role, String phone, String email, String address,
			String postcode, UUID personId) {

		public String name() {
			return givenName + " " + familyName;
		}

	}

}
