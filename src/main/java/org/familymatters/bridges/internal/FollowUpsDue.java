package org.familymatters.bridges.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.family.FamilyRecords;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-ups due for the signed-in support worker: in the families they are key
 * worker for (and, in a family with no key worker, the referrals they made), each
 * follow-up whose day has come ({@link FollowUpPoint#due}, by the injected clock) and
 * whose outcome is not recorded. Each family shown is audited as
 * {@link BridgesAudit#BRIDGES_FOLLOW_UP_LISTED} with the access decision's basis.
 */
@Service
public class FollowUpsDue {

	private final JdbcClient jdbc;

	private final FamilyRecords records;

	private final FamilyFacts facts;

	private final AccessDecision access;

	private final CurrentUser currentUser;

	private final Clock clock;

	FollowUpsDue(JdbcClient jdbc, FamilyRecords records, FamilyFacts facts, AccessDecision access,
			CurrentUser currentUser, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.facts = facts;
		this.access = access;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The follow-ups due now, earliest due first. */
	@Transactional
	public List<Due> forMe() {
		var me = currentUser.find().map(u -> u.id()).orElse(null);
		if (me == null) {
			return List.of();
		}
		var keyWorkerOf = new HashSet<UUID>();
		records.keyWorkerFamilies().forEach(f -> keyWorkerOf.add(f.id()));
		var released = new ArrayList<Released>();
		jdbc.sql(
				"""
						select r.id, r.reference, r.family_id, r.referred_by, r.released_on,
						       array(select f.point from bridges_follow_up f where f.referral_id = r.id) as recorded
						from bridges_referral r
						where r.released_on is not null and (r.family_id = any(cast(string_to_array(:families, ',') as uuid[])) or r.referred_by = :me)
						  and (select count(*) from bridges_follow_up f where f.referral_id = r.id) < 3
						""")
			.param("families", String.join(",", keyWorkerOf.stream().map(UUID::toString).toList()))
			.param("me", me)
			.query((RowCallbackHandler) rs -> {
				var points = EnumSet.noneOf(FollowUpPoint.class);
				for (var code : (String[]) rs.getArray("recorded").getArray()) {
					FollowUpPoint.find(code).ifPresent(points::add);
				}
				released.add(new Released(rs.getObject("id", UUID.class), rs.getString("reference"),
						rs.getObject("family_id", UUID.class), rs.getObject("referred_by", UUID.class),
						rs.getObject("released_on", LocalDate.class), points));
			});
		if (released.isEmpty()) {
			return List.of();
		}
		var familyIds = released.stream().map(Released::familyId).distinct().toList();
		var subjects = facts.subjects(familyIds);
		var today = LocalDate.now(clock);
		var due = new ArrayList<Due>();
		Map<UUID, Boolean> shown = new HashMap<>();
		var references = facts.references(familyIds);
		for (var referral : released) {
			var subject = subjects.get(referral.familyId());
			if (subject == null) {
				continue;
			}
			boolean mine = keyWorkerOf.contains(referral.familyId())
					|| (subject.keyWorkerId() == null && me.equals(referral.referredBy()));
			var points = FollowUpPoint.due(referral.releasedOn(), referral.recorded(), today);
			if (!mine || points.isEmpty()) {
				continue;
			}
			var allowed = shown.computeIfAbsent(referral.familyId(),
					id -> access.decide(subject, BridgesAudit.BRIDGES_FOLLOW_UP_LISTED).mayChange());
			if (!allowed) {
				continue;
			}
			points.forEach(point -> due.add(new Due(referral.id(), referral.reference(),
					references.get(referral.familyId()), point, point.dueOn(referral.releasedOn()))));
		}
		due.sort((a, b) -> a.dueOn().compareTo(b.dueOn()));
		return due;
	}

	private record Released(UUID id, String reference, UUID familyId, UUID referredBy, LocalDate releasedOn,
			Set<FollowUpPoint> recorded) {
	}

	/**
	 * A follow-up due.
	 *
	 * @param referralId the referral
	 * @param reference its reference (BB-000001)
	 * @param familyReference the family's reference
	 * @param point which follow-up
	 * @param dueOn the day it fell due
	 */
	public record Due(UUID referralId, String reference, String familyReference, FollowUpPoint point, LocalDate dueOn) {
	}

}
