package org.familymatters.courtdesk.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.directory.ServiceDetails;
import org.familymatters.directory.Taxonomies;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.Identifiers;
import org.familymatters.shared.privacy.PackageText;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the court desks hold about a person, for their subject access package (section
 * "Court desk contacts"). A contact identifies someone only when they agreed to be
 * contacted and gave their details: those are found by their whole name, their phone
 * number's digits or their e-mail address (a contact keeps no family module id). Each
 * gives the court, the day, the person's details and agreement as the volunteer recorded
 * them, what they were told about and given, and the reference of the referral made for
 * them. What the contact says of the person sentenced (the outcome, the sentence, whether
 * it is their first time in custody) and of the children is about other people and is
 * redacted; the volunteer who witnessed the agreement is named, acting for the service.
 * Each contact read is audited as {@link CourtDeskAudit#COURT_DESK_SUBJECT_ACCESS_READ},
 * basis ROLE, reference the request.
 */
@Component
public class CourtDeskSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Court desk contacts";

	private final JdbcClient jdbc;

	private final Taxonomies taxonomies;

	private final ServiceDetails services;

	private final AuditTrail audit;

	CourtDeskSubjectAccess(JdbcClient jdbc, Taxonomies taxonomies, ServiceDetails services, AuditTrail audit) {
		this.jdbc = jdbc;
		this.taxonomies = taxonomies;
		this.services = services;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		var who = Identifiers.of(subject);
		var contacts = jdbc.sql("""
				select c.id, c.reference, c.occurred_at, co.name as court, c.relationship, c.leaflets,
				       c.emotional_support, c.agrees_to_contact, c.referral_reference, d.given_name, d.family_name,
				       d.phone, d.email, d.best_time, k.witness, k.given_at, k.purpose
				from court_desk_contact_details d
				join court_desk_contact c on c.id = d.contact_id
				join court co on co.id = c.court_id
				left join court_desk_consent k on k.contact_id = c.id
				where lower(btrim(d.family_name)) in (:familyNames)
				   or (:email <> '' and lower(btrim(d.email)) = :email)
				   or (:phone <> '' and right(regexp_replace(coalesce(d.phone, ''), '\\D', '', 'g'), 10) = :phone)
				order by c.occurred_at, c.id
				""")
			.param("familyNames", who.familyNamesForSql())
			.param("email", who.email())
			.param("phone", who.phoneTail())
			.query((rs, n) -> new Contact(rs.getObject("id", UUID.class), rs.getString("reference"),
					rs.getTimestamp("occurred_at").toInstant(), rs.getString("court"), rs.getString("relationship"),
					texts(rs.getArray("leaflets")), rs.getBoolean("emotional_support"),
					rs.getBoolean("agrees_to_contact"), rs.getString("referral_reference"), rs.getString("given_name"),
					rs.getString("family_name"), rs.getString("phone"), rs.getString("email"),
					rs.getString("best_time"), rs.getString("witness"), instant(rs.getTimestamp("given_at")),
					rs.getString("purpose")))
			.list()
			.stream()
			.filter(c -> who.isNamed(c.givenName(), c.familyName()) || who.hasEmail(c.email())
					|| who.hasPhone(c.phone()))
			.toList();
		if (contacts.isEmpty()) {
			return List.of();
		}
		var items = contacts.stream().map(this::item).toList();
		audit.recordAll(contacts.stream()
			.map(c -> AuditEntry
				.allowed(CourtDeskAudit.COURT_DESK_SUBJECT_ACCESS_READ, "court_desk_contact", c.id(), Basis.ROLE,
						subject.requestId().toString())
				.withDetail(c.reference()))
			.toList());
		return List.of(new SubjectAccessSection("courtdesk", TITLE, items));
	}

	private SubjectAccessItem item(Contact c) {
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("Reference", c.reference()));
		fields.add(SubjectAccessField.of("Court", c.court()));
		fields.add(SubjectAccessField.of("When", PackageText.dateTime(c.occurredAt())));
		fields.add(SubjectAccessField.of("Your name", c.givenName() + " " + c.familyName()));
		fields.add(SubjectAccessField.of("Your phone number", c.phone()));
		fields.add(SubjectAccessField.of("Your e-mail address", c.email()));
		fields.add(SubjectAccessField.of("Best time to contact you", c.bestTime()));
		fields.add(SubjectAccessField.of("Your relationship to the person sentenced",
				Coded.ofCode(Relationship.class, c.relationship()).map(Relationship::label).orElse(c.relationship())));
		fields.add(SubjectAccessField.redacted("The outcome at court"));
		fields.add(SubjectAccessField.redacted("The sentence"));
		fields.add(SubjectAccessField.redacted("Whether it is their first time in custody"));
		fields.add(SubjectAccessField.redacted("The children"));
		fields.add(SubjectAccessField.of("Concerns you raised", String.join(", ", concerns(c.id()))));
		fields.add(SubjectAccessField.of("Services you were told about", String.join(", ", services(c.id()))));
		fields.add(SubjectAccessField.of("Leaflets you were given",
				String.join(", ",
						c.leaflets()
							.stream()
							.map(code -> Coded.ofCode(Leaflet.class, code).map(Leaflet::label).orElse(code))
							.toList())));
		fields.add(SubjectAccessField.of("Offered emotional support", PackageText.yesNo(c.emotionalSupport())));
		fields.add(SubjectAccessField.of("Agreed to be contacted", PackageText.yesNo(c.agreesToContact())));
		if (c.givenAt() != null) {
			fields.add(SubjectAccessField.of("Agreement given", PackageText.dateTime(c.givenAt())));
			fields.add(SubjectAccessField.of("Agreement witnessed by", c.witness()));
			fields.add(SubjectAccessField.of("What you agreed to", c.purpose()));
		}
		fields.add(SubjectAccessField.of("Referral made for you", c.referralReference()));
		return new SubjectAccessItem("court_desk_contact", c.id().toString(),
				"Contact " + c.reference() + " at " + c.court() + " on " + PackageText.day(c.occurredAt()),
				fields.stream().filter(f -> f.isRedacted() || (f.value() != null && !f.value().isBlank())).toList());
	}

	private List<String> concerns(UUID contactId) {
		return jdbc.sql("select term_id from court_desk_contact_concern where contact_id = :id")
			.param("id", contactId)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(term -> taxonomies.term(term).stream())
			.map(Taxonomies.Term::name)
			.sorted()
			.toList();
	}

	private List<String> services(UUID contactId) {
		return jdbc.sql("select service_id from court_desk_contact_service where contact_id = :id")
			.param("id", contactId)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(service -> services.find(service).stream())
			.map(service -> service.summary().name())
			.sorted()
			.toList();
	}

	private static List<String> texts(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	private record Contact(UUID id, String reference, Instant occurredAt, String court, String relationship,
			List<String> leaflets, boolean emotionalSupport, boolean agreesToContact, String referralReference,
			String givenName, String familyName, String phone, String email, String bestTime, String witness,
			Instant givenAt, String purpose) {
	}

}
