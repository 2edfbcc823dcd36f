package org.familymatters.referral;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.familymatters.directory.Taxonomies;

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

	private final Taxonomies taxonomies;

	ReferralOutcomes(JdbcClient jdbc, Taxonomies taxonomies) {
		this.jdbc = jdbc;
		this.taxonomies = taxonomies;
	}

	/**
	 * The referrals accepted into a family, oldest first, each with its reference and the
	 * codes of the needs (directory taxonomy terms) it recorded: for a first assessment
	 * that starts from the referral's needs. Tells nothing about who the referral names;
	 * the caller has been allowed to see the family.
	 */
	@Transactional(readOnly = true)
	public List<AcceptedReferral> acceptedInto(UUID familyId) {
		var referrals = jdbc.sql("""
				select id, reference from referral where family_id = :family and status = 'accepted'
				order by created_at, reference
				""")
			.param("family", familyId)
			.query((rs, n) -> new AcceptedReferral(rs.getObject("id", UUID.class), rs.getString("reference"), Set.of()))
			.list();
		return referrals.stream().map(r -> {
			var codes = new LinkedHashSet<String>();
			jdbc.sql("select term_id from referral_need where referral_id = :id")
				.param("id", r.id())
				.query(UUID.class)
				.list()
				.forEach(term -> taxonomies.term(term).ifPresent(t -> codes.add(t.code())));
			return new AcceptedReferral(r.id(), r.reference(), Set.copyOf(codes));
		}).toList();
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

	/**
	 * A referral accepted into a family.
	 *
	 * @param id the referral
	 * @param reference its reference, like RF-000123
	 * @param needCodes the codes of the needs it recorded
	 */
	public record AcceptedReferral(UUID id, String reference, Set<String> needCodes) {
	}

}
