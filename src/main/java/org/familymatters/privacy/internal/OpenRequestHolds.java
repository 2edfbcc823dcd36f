package org.familymatters.privacy.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.familymatters.shared.privacy.RetentionHolds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The families of the people confirmed on an open privacy request (to see, correct or
 * erase their data): the retention run leaves them whole until the request is answered,
 * refused or closed (ADR 0016).
 */
@Component
class OpenRequestHolds implements RetentionHolds {

	private final JdbcClient jdbc;

	OpenRequestHolds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<UUID> heldFamilies() {
		return new HashSet<>(jdbc.sql("""
				select distinct p.family_id from privacy_request_person p
				join privacy_request r on r.id = p.request_id
				where r.status = 'OPEN'
				""").query(UUID.class).list());
	}

}
