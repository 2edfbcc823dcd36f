package org.familymatters.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.Taxonomies;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Organisations;
import org.familymatters.referral.internal.Criterion;
import org.familymatters.referral.internal.ReferralAudit;
import org.familymatters.referral.internal.ReferralRules;
import org.familymatters.referral.internal.Referrals;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How referrals arrive: the staff form, the public "ask for support" form, the API and
 * the court desk all call {@link #receive}. A referral is checked whole by the referral
 * rules (the service's input rules for every text, e-mail address, phone number and
 * postcode), and saved whole or not at all; its arrival is audited as
 * {@code REFERRAL_RECEIVED}.
 */
@Service
public class ReferralIntake {

	/** The most people one referral may name. */
	public static final int MAX_PEOPLE = ReferralRules.MAX_PEOPLE;

	private final Referrals referrals;

	private final Localities localities;

	private final Organisations organisations;

	private final Taxonomies taxonomies;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	ReferralIntake(Referrals referrals, Localities localities, Organisations organisations, Taxonomies taxonomies,
			AuditTrail audit, CurrentUser currentUser, Clock clock) {
		this.referrals = referrals;
		this.localities = localities;
		this.organisations = organisations;
		this.taxonomies = taxonomies;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** What is wrong with a referral, field by field; empty when it may be saved. */
	@Transactional(readOnly = true)
	public List<ReferralProblem> check(NewReferral referral) {
		return ReferralRules.check(referral, LocalDate.now(clock), onRecord());
	}

	/**
	 * Checks and saves a referral, for whoever is signed in (or for a member of the
	 * public), and audits it. Refused whole, with every problem, when anything is wrong.
	 */
	@Transactional
	public Received receive(NewReferral referral) {
		return receive(referral, null);
	}

	/**
	 * As {@link #receive(NewReferral)}, once per idempotency key (made when the form was
	 * shown): a referral the same user (or, signed out, the public) sent before with this
	 * key is not checked or stored again, and is the answer. Two sent at once store one.
	 * A null key stores every time.
	 * @throws ReferralRefused also when the key was used by someone else
	 */
	@Transactional
	public Received receive(NewReferral referral, UUID idempotencyKey) {
		var by = currentUser.find().map(SignedInUser::id).orElse(null);
		if (idempotencyKey != null) {
			var earlier = referrals.byKey(idempotencyKey, by);
			if (earlier.isPresent()) {
				return new Received(earlier.get().id(), earlier.get().reference());
			}
		}
		var problems = check(referral);
		if (!problems.isEmpty()) {
			throw new ReferralRefused(problems);
		}
		var tidied = ReferralRules.tidy(referral);
		var clean = new NewReferral(tidied.source(), tidied.referrerName(), tidied.referrerEmail(),
				tidied.referrerPhone(), tidied.referrerOrganisationId(), tidied.referrerOrganisationName(),
				tidied.localityId(), tidied.people(), tidied.reason(), tidied.needs(),
				ReferralRules.criteriaMet(tidied, referrals.criteria(tidied.localityId())), tidied.consentToContact(),
				tidied.bestTimeToCall(), tidied.facts());
		var user = currentUser.find();
		var inserted = referrals.insert(clean, by, clock.instant(), idempotencyKey);
		if (inserted.isEmpty()) {
			// Sent at the same time with the same key: the other one stored it.
			var other = referrals.byKey(idempotencyKey, by)
				.orElseThrow(
						() -> new ReferralRefused(List.of(new ReferralProblem("idempotencyKey", "referral.key.used"))));
			return new Received(other.id(), other.reference());
		}
		var saved = inserted.get();
		var entry = user.isPresent()
				? AuditEntry.allowed(ReferralAudit.REFERRAL_RECEIVED, "referral", saved.id(), Basis.ROLE, roles())
				: AuditEntry.allowed(ReferralAudit.REFERRAL_RECEIVED, "referral", saved.id(), Basis.SELF,
						"ask for support");
		audit.record(entry.withDetail(saved.reference() + " from " + clean.source().code()));
		return new Received(saved.id(), saved.reference());
	}

	/**
	 * The referral sent before with this idempotency key by the signed-in user, or signed
	 * out by the public, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Received> received(UUID idempotencyKey) {
		var by = currentUser.find().map(SignedInUser::id).orElse(null);
		return referrals.byKey(idempotencyKey, by).map(saved -> new Received(saved.id(), saved.reference()));
	}

	/** The signed-in user's roles, as the audit trail names them. */
	private String roles() {
		return currentUser.authorities()
			.stream()
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring("ROLE_".length()))
			.sorted()
			.collect(Collectors.joining(","));
	}

	private ReferralRules.OnRecord onRecord() {
		return new ReferralRules.OnRecord() {

			@Override
			public boolean organisation(UUID id) {
				return organisations.findById(id).isPresent();
			}

			@Override
			public boolean locality(UUID id) {
				return localities.existsById(id);
			}

			@Override
			public boolean need(UUID id) {
				return taxonomies.term(id).isPresent();
			}

			@Override
			public Set<UUID> criteria(UUID localityId) {
				return referrals.criteria(localityId).stream().map(Criterion::id).collect(Collectors.toSet());
			}

		};
	}

	/** A saved referral: its id, and the reference its referrer is given. */
	public record Received(UUID id, String reference) {
	}

}
