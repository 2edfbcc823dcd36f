package org.familymatters.referral.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.familymatters.referral.ReferralSource;
import org.familymatters.shared.time.ServiceTime;

/**
 * A referral as the triage queue lists it.
 *
 * @param names the names of the people it names, in its order ("Alex Smith, Jules Smith")
 */
public record ReferralSummary(UUID id, String reference, ReferralSource source, String localityName,
		String referrerOrganisation, int people, int criteriaMet, int criteriaTotal, Instant createdAt, String names) {

	/** Whole days since it arrived, by the calendar in the service's time zone. */
	public long daysWaiting(LocalDate today) {
		return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(createdAt, ServiceTime.ZONE), today));
	}

	/** "Received today", "Waiting 1 day", "Waiting 12 days". */
	public String waiting(LocalDate today) {
		long days = daysWaiting(today);
		if (days == 0) {
			return "Received today";
		}
		return "Waiting " + days + ((days != 1) ? " days" : " day");
	}

}
