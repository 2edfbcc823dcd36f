package org.familymatters.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.identity.Localities;
import org.familymatters.identity.Organisations;
import org.familymatters.referral.internal.ReferralAudit;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How referrals arrive: the staff form, the public "ask for support" form, the API and,
 * later, the court desk all call {@link #receive}. A referral is checked whole, and saved
 * whole or not at all; its arrival is audited as {@code REFERRAL_RECEIVED}.
 */
@Service
public class ReferralIntake {

	/** An e-mail address as the service accepts it. */
	public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** A phone number as the service accepts it. */
	public static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,30}$");

	static final Pattern POSTCODE = Pattern.compile("(?i)^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$");

	/** The most people one referral may name. */
	public static final int MAX_PEOPLE = 12;

	private final Referrals referrals;

	private final Localities localities;

	private final Organisations organisations;

	private final AuditTrail audit;

	ReferralIntake(Referrals referrals, Localities localities, Organisations organisations, AuditTrail audit) {
		this.referrals = referrals;
		this.localities = localities;
		this.organisations = organisations;
		this.audit = audit;
	}

	/** A locality's current criteria for referral, in order. */
	@Transactional(readOnly = true)
	public List<Criterion> criteria(UUID localityId) {
		return referrals.criteria(localityId);
	}

	/** What is wrong with a referral, field by field; empty when it may be saved. */
	@Transactional(readOnly = true)
	public List<ReferralProblem> check(NewReferral r) {
		var problems = new ArrayList<ReferralProblem>();
		if (r.source() == null) {
			problems.add(new ReferralProblem("source", "referral.source.required"));
		}
		required(r.referrerName(), "referrerName", 200, problems);
		var email = trimmed(r.referrerEmail());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.add(new ReferralProblem("referrerEmail", "referral.email.invalid"));
		}
		else if (email == null && r.source() != null && r.source() != ReferralSource.SELF
				&& r.source() != ReferralSource.COURT_DESK) {
			// A court desk volunteer may have no e-mail address: the decision reaches the
			// court desk
			// through its statistics instead.
			problems.add(new ReferralProblem("referrerEmail", "referral.referrerEmail.required"));
		}
		var phone = trimmed(r.referrerPhone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(new ReferralProblem("referrerPhone", "referral.phone.invalid"));
		}
		if (r.source() == ReferralSource.SELF && email == null && phone == null) {
			problems.add(new ReferralProblem("referrerEmail", "referral.self.contact.required"));
		}
		if (r.referrerOrganisationId() != null && organisations.findById(r.referrerOrganisationId()).isEmpty()) {
			problems.add(new ReferralProblem("referrerOrganisationId", "referral.organisation.unknown"));
		}
		tooLong(r.referrerOrganisationName(), "referrerOrganisationName", 200, problems);
		if (r.source() != null && r.source() != ReferralSource.SELF && r.referrerOrganisationId() == null
				&& trimmed(r.referrerOrganisationName()) == null) {
			problems.add(new ReferralProblem("referrerOrganisationId", "referral.organisation.required"));
		}

		var localityKnown = r.localityId() != null && localities.existsById(r.localityId());
		if (!localityKnown) {
			problems.add(new ReferralProblem("localityId", "referral.locality.required"));
		}

		if (r.people().isEmpty()) {
			problems.add(new ReferralProblem("people[0].givenName", "referral.people.required"));
		}
		if (r.people().size() > MAX_PEOPLE) {
			problems.add(new ReferralProblem("people[0].givenName", "referral.people.tooMany"));
		}
		var today = LocalDate.now(ServiceTime.ZONE);
		for (int i = 0; i < r.people().size(); i++) {
			person(r.people().get(i), "people[" + i + "].", today, problems);
		}

		required(r.reason(), "reason", 4000, problems);
		for (var need : r.needs()) {
			if (need == null || !referrals.termExists(need)) {
				problems.add(new ReferralProblem("needs", "referral.needs.unknown"));
				break;
			}
		}
		if (localityKnown) {
			var ofLocality = referrals.criteria(r.localityId()).stream().map(Criterion::id).collect(Collectors.toSet());
			if (!ofLocality.containsAll(new HashSet<>(r.criteria()))) {
				problems.add(new ReferralProblem("criteria", "referral.criteria.unknown"));
			}
		}
		if (r.source() == ReferralSource.SELF && !r.consentToContact()) {
			problems.add(new ReferralProblem("consentToContact", "referral.self.consent.required"));
		}
		return List.copyOf(problems);
	}

	/**
	 * Checks and saves a referral, for whoever is signed in (or for a member of the
	 * public), and audits it. Refused whole, with every problem, when anything is wrong.
	 */
	@Transactional
	public Received receive(NewReferral referral) {
		var problems = check(referral);
		if (!problems.isEmpty()) {
			throw new ReferralRefused(problems);
		}
		var clean = tidy(referral);
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		SignedInUser user = (authentication != null && authentication.getPrincipal() instanceof SignedInUser u) ? u
				: null;
		var received = referrals.insert(clean, (user != null) ? user.id() : null);
		var entry = (user != null)
				? AuditEntry.allowed(ReferralAudit.REFERRAL_RECEIVED, "referral", received.id(), Basis.ROLE,
						authentication.getAuthorities()
							.stream()
							.map(GrantedAuthority::getAuthority)
							.filter(a -> a.startsWith("ROLE_"))
							.map(a -> a.substring("ROLE_".length()))
							.sorted()
							.collect(Collectors.joining(",")))
				: AuditEntry.allowed(ReferralAudit.REFERRAL_RECEIVED, "referral", received.id(), Basis.SELF,
						"ask for support");
		audit.record(entry.withDetail(received.reference() + " from " + clean.source().code()));
		return new Received(received.id(), received.reference());
	}

	private static void person(NewReferral.Person p, String prefix, LocalDate today, List<ReferralProblem> problems) {
		if (p == null) {
			problems.add(new ReferralProblem(prefix + "givenName", "referral.person.givenName.required"));
			return;
		}
		required(p.givenName(), prefix + "givenName", 100, "referral.person.givenName.required", problems);
		required(p.familyName(), prefix + "familyName", 100, "referral.person.familyName.required", problems);
		tooLong(p.otherNames(), prefix + "otherNames", 200, problems);
		if (p.dateOfBirth() != null) {
			if (p.dateOfBirth().isAfter(today)) {
				problems.add(new ReferralProblem(prefix + "dateOfBirth", "referral.person.dateOfBirth.future"));
			}
			else if (p.dateOfBirth().isBefore(today.minusYears(120))) {
				problems.add(new ReferralProblem(prefix + "dateOfBirth", "referral.person.dateOfBirth.tooOld"));
			}
		}
		if (p.role() == null) {
			problems.add(new ReferralProblem(prefix + "role", "referral.person.role.required"));
		}
		tooLong(p.relationship(), prefix + "relationship", 100, problems);
		var phone = trimmed(p.phone());
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(new ReferralProblem(prefix + "phone", "referral.phone.invalid"));
		}
		var email = trimmed(p.email());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			problems.add(new ReferralProblem(prefix + "email", "referral.email.invalid"));
		}
		tooLong(p.address(), prefix + "address", 300, problems);
		var postcode = trimmed(p.postcode());
		if (postcode != null && !POSTCODE.matcher(postcode).matches()) {
			problems.add(new ReferralProblem(prefix + "postcode", "referral.postcode.invalid"));
		}
	}

	/**
	 * The same referral with text trimmed, empty text as none, and postcodes in capitals.
	 */
	private static NewReferral tidy(NewReferral r) {
		var people = r.people()
			.stream()
			.map(p -> new NewReferral.Person(trimmed(p.givenName()), trimmed(p.familyName()), trimmed(p.otherNames()),
					p.dateOfBirth(), trimmed(p.relationship()), p.role(), trimmed(p.phone()), trimmed(p.email()),
					trimmed(p.address()),
					(trimmed(p.postcode()) != null) ? p.postcode().strip().toUpperCase(java.util.Locale.UK) : null))
			.toList();
		return new NewReferral(r.source(), trimmed(r.referrerName()), trimmed(r.referrerEmail()),
				trimmed(r.referrerPhone()), r.referrerOrganisationId(),
				(r.referrerOrganisationId() != null) ? null : trimmed(r.referrerOrganisationName()), r.localityId(),
				people, trimmed(r.reason()), r.needs(), r.criteria(), r.consentToContact());
	}

	private static void required(String value, String field, int max, List<ReferralProblem> problems) {
		required(value, field, max, "referral." + field + ".required", problems);
	}

	private static void required(String value, String field, int max, String code, List<ReferralProblem> problems) {
		if (trimmed(value) == null) {
			problems.add(new ReferralProblem(field, code));
		}
		else {
			tooLong(value, field, max, problems);
		}
	}

	private static void tooLong(String value, String field, int max, List<ReferralProblem> problems) {
		if (value != null && value.strip().length() > max) {
			problems.add(new ReferralProblem(field, "referral.tooLong." + max));
		}
	}

	static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A saved referral: its id, and the reference its referrer is given. */
	public record Received(UUID id, String reference) {
	}

}
