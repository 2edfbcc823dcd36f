package org.familymatters.referral;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where referrals stand, by id only: for modules that made referrals and count how many
 * were accepted (the court desk statistics). It tells nothing about who a referral names.
 */
@Service
public class ReferralOutcomes {

	private final JdbcClient jdbc;

	ReferralOutcomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The status of each referral among these ids that exists; unknown ids are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, ReferralStatus> statuses(Collection<UUID> ids) {
		var wanted = ids.stream().filter(Objects::nonNull).distinct().map(UUID::toString).toArray(String[]::new);
		var statuses = new HashMap<UUID, ReferralStatus>();
		if (wanted.length == 0) {
			return statuses;
		}
		jdbc.sql("select id, status from referral where id = any(cast(:ids as uuid[]))")
			.param("ids", wanted)
			.query((RowCallbackHandler) rs -> statuses.put(rs.getObject("id", UUID.class),
					ReferralStatus.ofCode(rs.getString("status"))));
		return statuses;
	}

}
