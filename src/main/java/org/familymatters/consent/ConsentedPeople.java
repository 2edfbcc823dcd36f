package org.familymatters.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who of a family has consented to who they are being shared, for the subject access
 * package (ADR 0017): another adult of the requester's family is shown in the package
 * only when they gave consent themselves that is in force today (given, not withdrawn,
 * not past its review date) and covers who they are ({@link InformationKind#IDENTITY});
 * everyone else is redacted. Answers person ids only, for a family the caller's access
 * decision has already allowed.
 */
@Service
public class ConsentedPeople {

	private final JdbcClient jdbc;

	private final Clock clock;

	ConsentedPeople(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The people of the family whose own current consent covers who they are. */
	@Transactional(readOnly = true)
	public Set<UUID> consentingToIdentity(UUID familyId) {
		return new HashSet<>(jdbc.sql("""
				select distinct c.giver_id from consent c
				where c.family_id = :family and c.withdrawn_at is null and c.given_on <= :today
				  and (c.review_on is null or c.review_on >= :today)
				  and exists (select 1 from consent_information i where i.consent_id = c.id and i.kind = 'identity')
				""").param("family", familyId).param("today", LocalDate.now(clock)).query(UUID.class).list());
	}

}
