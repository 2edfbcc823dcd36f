package org.familymatters.referral.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.Taxonomies;
import org.familymatters.family.FamilyRole;
import org.familymatters.referral.ReferralSource;
import org.familymatters.referral.ReferralStatus;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.Identifiers;
import org.familymatters.shared.privacy.PackageText;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;
import org.familymatters.shared.time.ServiceTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the referrals hold about a person, for their subject access package (section
 * "Referrals"): every referral or request for support that names them — as a person
 * referred (the family module's person it became, or their whole name with a date of
 * birth that does not differ, their e-mail address or phone number), or as the referrer.
 * Each gives what was asked, the status, the decision and its date. The other people a
 * referral names are redacted, and their names taken out of its free text; a referrer who
 * is a professional is named (they act for their organisation), a family member who
 * referred is not. Someone who only made the referral is shown their own part of it and
 * nothing of the family's. Each referral read is audited as
 * {@link ReferralAudit#REFERRAL_SUBJECT_ACCESS_READ}, basis ROLE, reference the request.
 */
@Component
public class ReferralSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Referrals";

	private final JdbcClient jdbc;

	private final Taxonomies taxonomies;

	private final AuditTrail audit;

	ReferralSubjectAccess(JdbcClient jdbc, Taxonomies taxonomies, AuditTrail audit) {
		this.jdbc = jdbc;
		this.taxonomies = taxonomies;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		var who = Identifiers.of(subject);
		var ids = jdbc
			.sql("""
					select p.referral_id from referral_person p
					where p.person_id in (:persons) or lower(btrim(p.family_name)) in (:familyNames)
					   or (:email <> '' and lower(btrim(p.email)) = :email)
					   or (:phone <> '' and right(regexp_replace(coalesce(p.phone, ''), '\\D', '', 'g'), 10) = :phone)
					union
					select r.id from referral r
					where (:email <> '' and lower(btrim(r.referrer_email)) = :email)
					   or (:phone <> '' and right(regexp_replace(coalesce(r.referrer_phone, ''), '\\D', '', 'g'), 10) = :phone)
					   or substring(lower(btrim(r.referrer_name)) from '(\\S+)$') in (:lastWords)
					""")
			.param("persons", Identifiers.idsForSql(subject.personIds()))
			.param("familyNames", who.familyNamesForSql())
			.param("email", who.email())
			.param("phone", who.phoneTail())
			.param("lastWords", Identifiers.textsForSql(who.lastWords()))
			.query(UUID.class)
			.set();
		if (ids.isEmpty()) {
			return List.of();
		}
		var people = people(ids);
		var items = new ArrayList<SubjectAccessItem>();
		var read = new ArrayList<AuditEntry>();
		for (var referral : referrals(ids)) {
			var named = people.getOrDefault(referral.id(), List.of());
			var theirs = named.stream().filter(p -> isThem(p, subject, who)).toList();
			boolean referrer = who.isNamed(referral.referrerName()) || who.hasEmail(referral.referrerEmail())
					|| who.hasPhone(referral.referrerPhone());
			if (theirs.isEmpty() && !referrer) {
				continue;
			}
			var others = new ArrayList<String>();
			named.stream().filter(p -> !theirs.contains(p)).forEach(p -> {
				others.add(Identifiers.name(p.givenName(), p.familyName()));
				others.add(p.givenName());
			});
			if (!referrer && referral.source() == ReferralSource.SELF) {
				others.add(referral.referrerName());
			}
			items.add(item(referral, named, theirs, referrer, who, others));
			read.add(AuditEntry
				.allowed(ReferralAudit.REFERRAL_SUBJECT_ACCESS_READ, "referral", referral.id(), Basis.ROLE,
						subject.requestId().toString())
				.withDetail(referral.reference()));
		}
		audit.recordAll(read);
		return items.isEmpty() ? List.of() : List.of(new SubjectAccessSection("referral", TITLE, items));
	}

	private static boolean isThem(Person person, DataSubject subject, Identifiers who) {
		return (person.personId() != null && subject.personIds().contains(person.personId()))
				|| who.isNamed(person.givenName(), person.familyName(), person.dateOfBirth())
				|| who.hasEmail(person.email()) || who.hasPhone(person.phone());
	}

	private SubjectAccessItem item(Referral referral, List<Person> named, List<Person> theirs, boolean referrer,
			Identifiers who, List<String> others) {
		boolean aboutThem = !theirs.isEmpty();
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("Reference", referral.reference()));
		fields.add(SubjectAccessField.of("Received", PackageText.date(referral.receivedOn())));
		fields.add(SubjectAccessField.of("Where it came from", referral.source().label()));
		if (referrer) {
			fields.add(SubjectAccessField.of("Referred by", referral.referrerName() + " (you)"));
			fields.add(SubjectAccessField.of("Your e-mail address as given", referral.referrerEmail()));
			fields.add(SubjectAccessField.of("Your phone number as given", referral.referrerPhone()));
		}
		else if (referral.source() == ReferralSource.SELF) {
			fields.add(SubjectAccessField.redacted("Referred by"));
		}
		else {
			fields.add(SubjectAccessField.of("Referred by", referral.referrerName()));
		}
		if (referral.organisation() != null) {
			fields.add(SubjectAccessField.of("Referrer's organisation", referral.organisation()));
		}
		for (var person : named) {
			if (theirs.contains(person)) {
				fields.add(SubjectAccessField.of("You, as the referral names you",
						person.givenName() + " " + person.familyName()));
				fields.add(SubjectAccessField.of("Other names", person.otherNames()));
				fields.add(SubjectAccessField.of("Date of birth", PackageText.date(person.dateOfBirth())));
				fields.add(SubjectAccessField.of("Your place in the family", person.role().label()));
				fields.add(SubjectAccessField.of("Relationship", person.relationship()));
				fields.add(SubjectAccessField.of("Phone", person.phone()));
				fields.add(SubjectAccessField.of("E-mail", person.email()));
				fields.add(SubjectAccessField.of("Address", person.address()));
				fields.add(SubjectAccessField.of("Postcode", person.postcode()));
			}
			else {
				fields.add(SubjectAccessField.redacted("Another person the referral names"));
			}
		}
		if (aboutThem) {
			fields.add(SubjectAccessField.of("What was asked", who.withoutNames(referral.reason(), others)));
			fields.add(SubjectAccessField.of("Needs seen", String.join(", ", needs(referral.id()))));
			fields.add(SubjectAccessField.of("Agreed to be contacted", PackageText.yesNo(referral.consentToContact())));
			fields.add(SubjectAccessField.of("Best time to call", referral.bestTimeToCall()));
		}
		else {
			fields.add(SubjectAccessField.redacted("What was asked"));
		}
		fields.add(SubjectAccessField.of("Status", referral.status().label()));
		if (referral.decidedOn() != null) {
			fields.add(SubjectAccessField.of("Decided on", PackageText.date(referral.decidedOn())));
			fields.add(aboutThem
					? SubjectAccessField.of("Reason for the decision",
							who.withoutNames(referral.decisionReason(), others))
					: SubjectAccessField.redacted("Reason for the decision"));
			if (aboutThem && referral.signpostedNote() != null) {
				fields.add(SubjectAccessField.of("Signposted to", who.withoutNames(referral.signpostedNote(), others)));
			}
		}
		return new SubjectAccessItem("referral", referral.id().toString(),
				"Referral " + referral.reference() + " received " + PackageText.date(referral.receivedOn()),
				fields.stream().filter(f -> f.isRedacted() || (f.value() != null && !f.value().isBlank())).toList());
	}

	private List<String> needs(UUID referralId) {
		return jdbc.sql("select term_id from referral_need where referral_id = :id")
			.param("id", referralId)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(term -> taxonomies.term(term).stream())
			.map(Taxonomies.Term::name)
			.sorted()
			.toList();
	}

	private List<Referral> referrals(java.util.Set<UUID> ids) {
		return jdbc.sql("""
				select r.id, r.reference, r.source, r.referrer_name, r.referrer_email, r.referrer_phone,
				       coalesce(o.name, r.referrer_organisation_name) as organisation, r.reason, r.consent_to_contact,
				       r.best_time_to_call, r.status, r.decision_reason, r.signposted_note,
				       r.created_at, r.decided_at
				from referral r left join identity_organisation o on o.id = r.referrer_organisation_id
				where r.id in (:ids)
				order by r.created_at, r.id
				""")
			.param("ids", ids)
			.query((rs, n) -> new Referral(rs.getObject("id", UUID.class), rs.getString("reference"),
					ReferralSource.ofCode(rs.getString("source")).orElseThrow(), rs.getString("referrer_name"),
					rs.getString("referrer_email"), rs.getString("referrer_phone"), rs.getString("organisation"),
					rs.getString("reason"), rs.getBoolean("consent_to_contact"), rs.getString("best_time_to_call"),
					ReferralStatus.ofCode(rs.getString("status")), rs.getString("decision_reason"),
					rs.getString("signposted_note"), day(rs.getTimestamp("created_at")),
					day(rs.getTimestamp("decided_at"))))
			.list();
	}

	private static LocalDate day(java.sql.Timestamp at) {
		return (at != null) ? at.toInstant().atZone(ServiceTime.ZONE).toLocalDate() : null;
	}

	private Map<UUID, List<Person>> people(java.util.Set<UUID> ids) {
		var people = new LinkedHashMap<UUID, List<Person>>();
		jdbc.sql("""
				select referral_id, person_id, given_name, family_name, other_names, date_of_birth, relationship, role,
				       phone, email, address, postcode
				from referral_person where referral_id in (:ids) order by referral_id, position
				""")
			.param("ids", ids)
			.query((rs, n) -> new Person(rs.getObject("referral_id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getString("given_name"), rs.getString("family_name"), rs.getString("other_names"),
					rs.getObject("date_of_birth", LocalDate.class), rs.getString("relationship"),
					FamilyRole.ofCode(rs.getString("role")), rs.getString("phone"), rs.getString("email"),
					rs.getString("address"), rs.getString("postcode")))
			.list()
			.forEach(p -> people.computeIfAbsent(p.referralId(), id -> new ArrayList<>()).add(p));
		return people;
	}

	private record Referral(UUID id, String reference, ReferralSource source, String referrerName, String referrerEmail,
			String referrerPhone, String organisation, String reason, boolean consentToContact, String bestTimeToCall,
			ReferralStatus status, String decisionReason, String signpostedNote, LocalDate receivedOn,
			LocalDate decidedOn) {
	}

	private record Person(UUID referralId, UUID personId, String givenName, String familyName, String otherNames,
			LocalDate dateOfBirth, String relationship, FamilyRole role, String phone, String email, String address,
			String postcode) {
	}

}
