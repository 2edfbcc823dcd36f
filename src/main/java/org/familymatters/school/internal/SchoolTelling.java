package org.familymatters.school.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.AccessSubject;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.family.FamilyRecords;
import org.familymatters.school.internal.TellingRule.ChildState;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A support worker who may change a family tells a child's school, through its designated
 * contact, that the child has a parent or carer in custody (as Operation Encompass tells
 * a school's key adult). The school is told only when the access decision, made for its
 * designated contact, would show them the child by name ({@link TellingRule}); otherwise,
 * or when the school has no designated contact, or the child is on its list already, the
 * request is refused and the refusal audited on the family with its basis. Telling adds
 * the child to the school's list of pupils affected and publishes {@link SchoolTold}, on
 * which {@link SchoolMail} e-mails the contact a link, with no personal data.
 */
@Service
public class SchoolTelling {

	private final FamilyRecords records;

	private final FamilyFacts facts;

	private final AccessDecision access;

	private final SchoolContacts contacts;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CurrentUser currentUser;

	SchoolTelling(FamilyRecords records, FamilyFacts facts, AccessDecision access, SchoolContacts contacts,
			AuditTrail audit, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, CurrentUser currentUser) {
		this.records = records;
		this.facts = facts;
		this.access = access;
		this.contacts = contacts;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.currentUser = currentUser;
	}

	/**
	 * The family's children who have a school on record, each with the school, its
	 * designated contact and where the child stands; for those who may change the family,
	 * refused (403) and audited otherwise; audited as
	 * {@link SchoolAudit#CHILDREN_SCHOOLS_VIEWED}.
	 */
	@Transactional
	public Children children(UUID familyId) {
		var view = records.view(familyId, SchoolAudit.CHILDREN_SCHOOLS_VIEWED, true);
		var subject = subject(familyId);
		var pupils = view.people().stream().filter(p -> p.schoolId() != null).toList();
		var schools = new HashSet<UUID>();
		pupils.forEach(p -> schools.add(p.schoolId()));
		var names = new HashMap<UUID, String>();
		var contactNames = new HashMap<UUID, String>();
		var contactOf = new HashMap<UUID, UUID>();
		for (var school : schools) {
			contacts.school(school).ifPresent(s -> {
				names.put(s.id(), s.name());
				if (s.contact() != null && s.contact().enabled()) {
					contactOf.put(s.id(), s.contact().id());
					contactNames.put(s.id(), s.contact().name());
				}
			});
		}
		var decided = contactOf.isEmpty() ? Map.<UUID, Access>of() : access.decideFor(contactOf.values(), subject);
		var onList = onList(familyId);
		var rows = pupils.stream().map(p -> {
			var contact = contactOf.get(p.schoolId());
			var state = TellingRule.state(p.id(), (contact != null) ? decided.get(contact) : null,
					onList.contains(p.id() + "/" + p.schoolId()));
			return new Child(p.id(), p.fullName(), p.schoolYear(), p.schoolId(),
					names.getOrDefault(p.schoolId(), "A school no longer on record"), contactNames.get(p.schoolId()),
					state);
		}).toList();
		return new Children(familyId, view.family().reference(), rows);
	}

	/**
	 * Tells the child's school: refused (403) and audited for someone who may not change
	 * the family; not found (404) for a person who is not a child of the family with a
	 * school on record; otherwise told, or refused with what stopped it (audited on the
	 * family as {@link SchoolAudit#SCHOOL_NOTIFIED}, with the basis of the refusal).
	 */
	@Transactional
	public Outcome tell(UUID familyId, UUID childId) {
		var subject = subject(familyId);
		var detail = "pupil " + childId;
		if (!access.decide(subject, LocalDate.now(clock)).mayChange()) {
			access.require(subject, SchoolAudit.SCHOOL_NOTIFIED, true, detail);
		}
		var school = subject.schoolOfPupil().get(childId);
		if (school == null) {
			throw new NotFound("pupil", childId);
		}
		detail = detail + ", school " + school;
		var contact = contacts.contactsOf(List.of(school)).get(school);
		if (contact == null) {
			refuse(familyId, Basis.ROLE, "NO_DESIGNATED_CONTACT", detail + ": the school has no designated contact");
			return Outcome.NO_CONTACT;
		}
		var contactAccess = access.decideFor(List.of(contact), subject).get(contact);
		if (TellingRule.state(childId, contactAccess, false) == ChildState.NOT_COVERED) {
			refuse(familyId, contactAccess.basis(), contactAccess.reference(),
					detail + ": consent does not cover the school");
			return Outcome.NOT_COVERED;
		}
		var id = UUID.randomUUID();
		int added = jdbc.sql("""
				insert into school_notification (id, school_id, family_id, person_id, notified_by, notified_at)
				values (:id, :school, :family, :person, :by, :at)
				on conflict (school_id, person_id) where ended_at is null do nothing
				""")
			.param("id", id)
			.param("school", school)
			.param("family", familyId)
			.param("person", childId)
			.param("by", currentUser.get().id())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			refuse(familyId, Basis.ROLE, "ALREADY_TOLD", detail + ": the pupil is on the school's list already");
			return Outcome.ALREADY_TOLD;
		}
		access.require(subject, SchoolAudit.SCHOOL_NOTIFIED, true, detail + ", notification " + id + ", shared on "
				+ contactAccess.basis() + " " + contactAccess.reference());
		events.publishEvent(new SchoolTold(id));
		return Outcome.TOLD;
	}

	private void refuse(UUID familyId, Basis basis, String reference, String detail) {
		audit.record(new AuditEntry(SchoolAudit.SCHOOL_NOTIFIED, false, "family", familyId.toString(), basis, reference,
				detail));
	}

	private AccessSubject subject(UUID familyId) {
		return facts.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
	}

	/** The family's children on a school's list now, as "person/school". */
	private Set<String> onList(UUID familyId) {
		var found = new HashSet<String>();
		jdbc.sql("select person_id, school_id from school_notification where family_id = :family and ended_at is null")
			.param("family", familyId)
			.query((RowCallbackHandler) rs -> found.add(rs.getObject("person_id") + "/" + rs.getObject("school_id")));
		return found;
	}

	/** What came of asking to tell a school. */
	public enum Outcome {

		/** The school was told. */
		TOLD,

		/** The school has no designated contact. */
		NO_CONTACT,

		/** No consent or approval covers the school for the child. */
		NOT_COVERED,

		/** The child is on the school's list already. */
		ALREADY_TOLD

	}

	/**
	 * A family's children with a school on record.
	 *
	 * @param familyId the family
	 * @param reference its reference
	 * @param children each child, in the family's order
	 */
	public record Children(UUID familyId, String reference, List<Child> children) {
	}

	/**
	 * A child with a school on record.
	 *
	 * @param id the child
	 * @param name their full name
	 * @param schoolYear their school year; null when not on record
	 * @param schoolId their school
	 * @param schoolName its name
	 * @param contactName its designated contact's name; null when it has none
	 * @param state where the child stands
	 */
	public record Child(UUID id, String name, String schoolYear, UUID schoolId, String schoolName, String contactName,
			ChildState state) {
	}

}
