package org.familymatters.referral.internal;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.AnonymisedFamilyRows;
import org.familymatters.shared.privacy.FamiliesAnonymised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The referral module's part when closed families are made anonymous
 * ({@link FamiliesAnonymised}, ADR 0016): the referrals that brought each family in (an
 * accepted referral is never deleted by {@link UnacceptedRequestsRetention}) lose the
 * people's identities as the family record does — names become
 * {@link FamiliesAnonymised#NAME}; other names, dates of birth, relationships, phone,
 * e-mail and address are cleared — and the referrer's name, e-mail and phone, the reason,
 * the decision's reasons, the signposting note and the best time to call go. Kept: the
 * reference, source, locality, status, dates, the people's roles, the needs and criteria
 * met, the referrer's organisation: what the court desk statistics and the referral lists
 * count. Audited per family as {@link ReferralAudit#REFERRAL_CLOSED_FAMILY_ANONYMISED},
 * basis SYSTEM. Safe to receive twice: only rows not yet anonymous change.
 */
@Component
class ReferralClosedFamilies {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ReferralClosedFamilies(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void anonymise(FamiliesAnonymised anonymised) {
		var rows = new AnonymisedFamilyRows(jdbc, anonymised.familyIds());
		rows.run(
				"""
						update referral_person rp
						set given_name = :name, family_name = :name, other_names = null, date_of_birth = null, relationship = null,
						    phone = null, email = null, address = null, postcode = null
						from referral r
						where r.id = rp.referral_id and r.family_id = any(cast(:families as uuid[]))
						  and (rp.given_name <> :name or rp.family_name <> :name or rp.other_names is not null
						       or rp.date_of_birth is not null or rp.relationship is not null or rp.phone is not null
						       or rp.email is not null or rp.address is not null or rp.postcode is not null)
						returning r.family_id
						""");
		rows.run(
				"""
						update referral
						set referrer_name = :name, referrer_email = null, referrer_phone = null, reason = :removed,
						    decision_reason = case when decision_reason is not null then :removed end,
						    signposted_note = case when signposted_note is not null then :removed end, best_time_to_call = null,
						    version = version + 1
						where family_id = any(cast(:families as uuid[]))
						  and (referrer_name <> :name or referrer_email is not null or referrer_phone is not null or reason <> :removed
						       or coalesce(decision_reason, :removed) <> :removed or coalesce(signposted_note, :removed) <> :removed
						       or best_time_to_call is not null)
						returning family_id
						""");
		audit.recordAll(rows.changed()
			.entrySet()
			.stream()
			.map(changed -> AuditEntry
				.allowed(ReferralAudit.REFERRAL_CLOSED_FAMILY_ANONYMISED, "family", changed.getKey(), Basis.SYSTEM,
						FamiliesAnonymised.BASIS_REFERENCE)
				.withDetail("%d row%s of the referral made anonymous".formatted(changed.getValue(),
						(changed.getValue() == 1) ? "" : "s")))
			.toList());
	}

}
