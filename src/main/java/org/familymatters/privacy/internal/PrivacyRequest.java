package org.familymatters.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A person's request about their data, as recorded.
 *
 * @param otherNames other names they have been known by, one a line or separated by
 * commas; null for none
 * @param identityCheck how their identity was checked, in words
 * @param details what they asked, in their words; null when not written down
 * @param recordedBy the name of who recorded it
 * @param answeredAt when it was marked answered; null until then
 */
public record PrivacyRequest(UUID id, RequestKind kind, String fullName, String otherNames, LocalDate dateOfBirth,
		String postcode, String email, String phone, String identityCheck, String details, LocalDate receivedOn,
		LocalDate dueOn, RequestStatus status, String recordedBy, Instant recordedAt, Instant answeredAt,
		long version) {

	public boolean open() {
		return status == RequestStatus.OPEN;
	}

	/** The other names, each once, as a set. */
	public Set<String> otherNameSet() {
		var names = new LinkedHashSet<String>();
		if (otherNames != null) {
			Arrays.stream(otherNames.split("[,\\n]")).map(String::strip).filter(n -> !n.isEmpty()).forEach(names::add);
		}
		return names;
	}

}
