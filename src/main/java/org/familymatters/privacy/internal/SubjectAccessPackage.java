package org.familymatters.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.familymatters.shared.privacy.SubjectAccessSection;

/**
 * One person's subject access package: every module's sections about them, as produced
 * for a request.
 *
 * @param requestId the request it answers
 * @param fullName the name the person gave
 * @param receivedOn when the request was received
 * @param dueOn when it is due
 * @param producedAt when the package was produced
 * @param sections what each module holds, in the sources' order
 */
public record SubjectAccessPackage(UUID requestId, String fullName, LocalDate receivedOn, LocalDate dueOn,
		Instant producedAt, List<SubjectAccessSection> sections) {

	public SubjectAccessPackage {
		sections = List.copyOf(sections);
	}

	/**
	 * Whether the service holds nothing about the person but their own requests to see,
	 * correct or erase their data (the privacy module's section): the API then answers
	 * 204, as HMPPS's subject access endpoints do.
	 */
	public boolean empty() {
		return sections.stream().filter(s -> !"privacy".equals(s.module())).allMatch(s -> s.items().isEmpty());
	}

	/** How many fields were redacted, across the package. */
	public long redactions() {
		return sections.stream()
			.flatMap(s -> s.items().stream())
			.flatMap(i -> i.fields().stream())
			.filter(f -> f.isRedacted())
			.count();
	}

}
