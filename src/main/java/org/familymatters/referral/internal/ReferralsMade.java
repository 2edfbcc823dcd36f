package org.familymatters.referral.internal;

import java.util.List;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.Page;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals the signed-in user made, and where each stands (waiting for a decision,
 * accepted, signposted, declined): for anyone who refers, on their home page and on "Your
 * referrals". A referrer sees what they sent, never the family's record; the list names
 * the people they named, so it is audited (basis {@code SELF}).
 */
@Service
public class ReferralsMade {

	private final Referrals referrals;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	ReferralsMade(Referrals referrals, AuditTrail audit, CurrentUser currentUser) {
		this.referrals = referrals;
		this.audit = audit;
		this.currentUser = currentUser;
	}

	/** How many referrals the signed-in user made, and how many wait for a decision. */
	@Transactional(readOnly = true)
	public Referrals.Counts counts() {
		return referrals.referredBy(currentUser.get().id());
	}

	/**
	 * The newest few the signed-in user made, by reference and status only (no names),
	 * for their home page.
	 */
	@Transactional(readOnly = true)
	public List<Referrals.Made> newest(int few) {
		return referrals.madeBy(currentUser.get().id(), 0, few);
	}

	/**
	 * A page of the referrals the signed-in user made, newest first, with the names of
	 * the people they named; audited as {@code REFERRALS_LISTED}.
	 */
	@Transactional
	public Page<Referrals.Made> page(int page, int size) {
		var user = currentUser.get().id();
		var counts = referrals.referredBy(user);
		var items = referrals.madeBy(user, (long) (page - 1) * size, size);
		audit.record(AuditEntry.allowed(ReferralAudit.REFERRALS_LISTED, "user", user, Basis.SELF, "referrer")
			.withDetail(items.size() + " on page " + page));
		return new Page<>(items, page, size, counts.made());
	}

}
