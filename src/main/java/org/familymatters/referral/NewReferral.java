package org.familymatters.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.family.FamilyRole;

/**
 * A referral as it arrives, before it is checked. Any field may be null;
 * {@link ReferralIntake} says what is missing or wrong, naming each field by these
 * components' names (for a person, {@code people[0].givenName}).
 *
 * @param source where it comes from
 * @param referrerName who refers (for a self-referral, the family member)
 * @param referrerEmail where the decision is e-mailed
 * @param referrerPhone a phone number for the referrer
 * @param referrerOrganisationId the referrer's organisation, when it is on record
 * @param referrerOrganisationName the organisation's name, when it is not
 * @param localityId where the family lives
 * @param people the people in the family the referral names
 * @param reason why the family is referred
 * @param needs the needs seen, as terms of the directory's needs taxonomy
 * @param criteria the locality's criteria for referral the referrer says are met
 * @param consentToContact whether the family agrees to be contacted
 * @param bestTimeToCall when the family would like to be called; null when not given
 * @param facts what was recorded that meets criteria: the intake adds the locality's
 * criteria that mean them to {@code criteria}
 */
public record NewReferral(ReferralSource source, String referrerName, String referrerEmail, String referrerPhone,
		UUID referrerOrganisationId, String referrerOrganisationName, UUID localityId, List<Person> people,
		String reason, List<UUID> needs, List<UUID> criteria, boolean consentToContact, String bestTimeToCall,
		Set<ReferralFact> facts) {

	public NewReferral {
		people = (people != null) ? List.copyOf(people) : List.of();
		needs = (needs != null) ? List.copyOf(needs) : List.of();
		criteria = (criteria != null) ? List.copyOf(criteria) : List.of();
		facts = (facts != null) ? Set.copyOf(facts) : Set.of();
	}

	/** A referral with its criteria ticked by hand, and no best time to call. */
	public NewReferral(ReferralSource source, String referrerName, String referrerEmail, String referrerPhone,
			UUID referrerOrganisationId, String referrerOrganisationName, UUID localityId, List<Person> people,
			String reason, List<UUID> needs, List<UUID> criteria, boolean consentToContact) {
		this(source, referrerName, referrerEmail, referrerPhone, referrerOrganisationId, referrerOrganisationName,
				localityId, people, reason, needs, criteria, consentToContact, null, Set.of());
	}

	/**
	 * A person the referral names. Names are required; everything else only where given.
	 */
	public record Person(String givenName, String familyName, String otherNames, LocalDate dateOfBirth,
			String relationship, FamilyRole role, String phone, String email, String address, String postcode) {
	}

}
