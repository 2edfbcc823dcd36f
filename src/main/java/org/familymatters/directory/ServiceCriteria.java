package org.familymatters.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What to look for in the directory. Every field may be null (no filter).
 *
 * @param text words, matched with English stemming and tolerant of typing errors
 * @param taxonomyTermId services tagged with this need
 * @param taxonomyId services tagged with any term of this taxonomy
 * @param forAge services whose age range includes this age (the public search's "child's
 * age")
 * @param minimumAgeAtLeast services whose minimum age is at least this (Open Referral
 * {@code minimum_age})
 * @param maximumAgeAtMost services whose maximum age is at most this (Open Referral
 * {@code maximum_age})
 * @param localityId services offered in this locality, its county, or nationally
 * @param county services offered anywhere in this county, or nationally
 * @param weekends services open on Saturday or Sunday
 * @param day services open on this day
 * @param opensAtOrAfter services whose hours start at or after this time
 * @param closesAtOrBefore services whose hours end at or before this time
 * @param page the page, from 1
 * @param perPage results a page
 */
public record ServiceCriteria(String text, UUID taxonomyTermId, UUID taxonomyId, Integer forAge,
		Integer minimumAgeAtLeast, Integer maximumAgeAtMost, UUID localityId, String county, boolean weekends,
		DayOfWeek day, LocalTime opensAtOrAfter, LocalTime closesAtOrBefore, int page, int perPage) {

	public static ServiceCriteria all(int page, int perPage) {
		return new ServiceCriteria(null, null, null, null, null, null, null, null, false, null, null, null, page,
				perPage);
	}

}
