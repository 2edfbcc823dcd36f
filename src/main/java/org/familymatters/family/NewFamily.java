package org.familymatters.family;

import java.util.List;
import java.util.UUID;

/**
 * A family to start from a referral, as {@link FamilyIntake#start} takes it: where it
 * lives and who its key worker is, its household, its people, and the referral it comes
 * from (whose story becomes the family's first timeline entry).
 *
 * @param keyWorkerId the support worker who works with the family; null for none yet
 */
public record NewFamily(UUID localityId, UUID keyWorkerId, Household household, List<NewPerson> people,
		FromReferral referral) {

	public NewFamily {
		people = List.copyOf(people);
		household = (household != null) ? household : new Household(null, null, null, null, null);
	}

	/**
	 * The household's address and when best to call it; any part may be null.
	 */
	public record Household(String addressLine1, String addressLine2, String town, String postcode,
			String bestTimeToCall) {
	}

}
