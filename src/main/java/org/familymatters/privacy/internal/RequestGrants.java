package org.familymatters.privacy.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.shared.privacy.SubjectAccessGrant;
import org.familymatters.shared.privacy.SubjectAccessGrants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a request lets the data protection officer read, for the access decision (ADR
 * 0017): whether it is open, and the families of the people confirmed to be its person,
 * read at each decision. Kept apart from {@link PrivacyRequests}, which uses the family
 * module (and so, through it, the access decision).
 */
@Component
class RequestGrants implements SubjectAccessGrants {

	private final JdbcClient jdbc;

	RequestGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SubjectAccessGrant> grant(UUID requestId) {
		var status = jdbc.sql("select status from privacy_request where id = :id")
			.param("id", requestId)
			.query(String.class)
			.optional();
		if (status.isEmpty()) {
			return Optional.empty();
		}
		var families = jdbc.sql("select distinct family_id from privacy_request_person where request_id = :id")
			.param("id", requestId)
			.query(UUID.class)
			.list();
		return Optional.of(new SubjectAccessGrant(requestId, "OPEN".equals(status.get()), new HashSet<>(families)));
	}

}
