package org.familymatters.referral.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.ErasureApproved;
import org.familymatters.shared.privacy.NameRedaction;
import org.familymatters.shared.privacy.PersonalDataErased;
import org.familymatters.shared.privacy.SubjectMatch;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The referral module's part in carrying out a request to erase a person's data (ADR
 * 0018), on {@link ErasureApproved}. The person is found on referrals by the family
 * module's person id where a referral was matched to it, or by their e-mail address,
 * their phone number, or their name with their date of birth; and as the referrer of a
 * self-referral by their name, e-mail address or phone. Their details on each referral
 * are made anonymous ("Erased person", everything else cleared), their names are taken
 * out of the referral's reason, and a self-referral they made loses the referrer's name,
 * e-mail, phone and best time to call. The referral itself (its reference, source,
 * locality, status, needs and dates) stays, for the counts the reports need. Each
 * referral changed is audited as {@link ReferralAudit#REFERRAL_PERSON_ERASED}, basis
 * SYSTEM ({@code ERASURE:<request>}); the module answers with {@link PersonalDataErased}.
 * Safe to receive twice.
 */
@Component
class ReferralErasure {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	ReferralErasure(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void erase(ErasureApproved approved) {
		var subject = approved.subject();
		var names = SubjectMatch.names(subject);
		var email = SubjectMatch.email(subject.email());
		var phone = SubjectMatch.phoneDigits(subject.phone());
		var persons = subject.personIds().isEmpty() ? Set.of(new UUID(0, 0)) : subject.personIds();
		var people = jdbc.sql("""
				select id, referral_id from referral_person
				where person_id in (:persons)
				   or (cast(:email as text) is not null and lower(email) = :email)
				   or (cast(:phone as text) is not null and %s = :phone)
				   or (cast(:dob as date) is not null and date_of_birth = :dob
				       and lower(given_name || ' ' || family_name) in (:names))
				""".formatted(SubjectMatch.phoneSql("phone")))
			.param("persons", persons)
			.param("email", email)
			.param("phone", phone)
			.param("dob", subject.dateOfBirth())
			.param("names", names.isEmpty() ? Set.of("") : names)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class)))
			.list();
		var referrals = new HashSet<UUID>();
		people.forEach(p -> referrals.add(p.referralId()));
		var asReferrer = jdbc.sql("""
				select id from referral
				where source = 'self' and referrer_name <> 'Erased person'
				  and (lower(referrer_name) in (:names)
				       or (cast(:email as text) is not null and lower(referrer_email) = :email)
				       or (cast(:phone as text) is not null and %s = :phone))
				""".formatted(SubjectMatch.phoneSql("referrer_phone")))
			.param("names", names.isEmpty() ? Set.of("") : names)
			.param("email", email)
			.param("phone", phone)
			.query(UUID.class)
			.list();
		referrals.addAll(asReferrer);
		int anonymised = people.isEmpty() ? 0 : jdbc.sql("""
				update referral_person set given_name = 'Erased', family_name = 'person', other_names = null,
				       date_of_birth = null, relationship = null, phone = null, email = null, address = null,
				       postcode = null
				where id in (:ids)
				  and not (given_name = 'Erased' and family_name = 'person' and date_of_birth is null and phone is null
				           and email is null and address is null)
				""").param("ids", people.stream().map(Row::id).toList()).update();
		int referrers = asReferrer.isEmpty() ? 0 : jdbc.sql("""
				update referral set referrer_name = 'Erased person', referrer_email = null, referrer_phone = null,
				       best_time_to_call = null, version = version + 1
				where id in (:ids)
				""").param("ids", asReferrer).update();
		var redactNames = subject.names();
		for (var referral : referrals) {
			var reason = jdbc.sql("select reason from referral where id = :id")
				.param("id", referral)
				.query(String.class)
				.single();
			if (NameRedaction.names(reason, redactNames)) {
				jdbc.sql("update referral set reason = :reason where id = :id")
					.param("reason", NameRedaction.redact(reason, redactNames))
					.param("id", referral)
					.update();
			}
		}
		audit.recordAll(referrals.stream()
			.map(id -> AuditEntry
				.allowed(ReferralAudit.REFERRAL_PERSON_ERASED, "referral", id, Basis.SYSTEM,
						"ERASURE:" + approved.requestId())
				.withDetail("The person's details on the referral made anonymous"))
			.toList());
		var description = referrals.isEmpty() ? "Held no referral about the person."
				: ("%d referral%s found: the person made anonymous on them (%d time%s), the referrer's details cleared "
						+ "on %d; the referrals themselves kept for the counts, without their name.")
					.formatted(referrals.size(), (referrals.size() == 1) ? "" : "s", anonymised,
							(anonymised == 1) ? "" : "s", referrers);
		events.publishEvent(new PersonalDataErased(approved.requestId(), "referral", description));
	}

	private record Row(UUID id, UUID referralId) {
	}

}
