package org.familymatters.school.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.PupilRecord;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Pupils affected": a school's designated contact sees the pupils of their own school
 * whom a support worker told the school about, each only while the access decision, made
 * for them at each view, still shows them the pupil (through {@link FamilyRecords#pupil},
 * audited per pupil as {@link SchoolAudit#PUPILS_AFFECTED_VIEWED} with its basis): the
 * pupil's name and school year, the key worker to ask. Nothing of any other school; a
 * notification of another school, or one that has ended, is not found.
 */
@Service
public class PupilsAffected {

	private final SchoolContacts contacts;

	private final FamilyRecords records;

	private final FamilyFacts facts;

	private final AccessDecision access;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	PupilsAffected(SchoolContacts contacts, FamilyRecords records, FamilyFacts facts, AccessDecision access,
			AuditTrail audit, JdbcClient jdbc) {
		this.contacts = contacts;
		this.records = records;
		this.facts = facts;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/**
	 * The signed-in user's list, oldest first; empty when they are not their school's
	 * designated contact.
	 */
	@Transactional
	public Optional<List<Pupil>> mine() {
		return contacts.schoolOfSignedInUser()
			.map(school -> open(school).stream().map(n -> shown(school, n)).flatMap(Optional::stream).toList());
	}

	/**
	 * One pupil of the signed-in user's list; not found (404) when it is not on their
	 * school's list now, or the access decision no longer shows them the pupil. A
	 * notification of another school is refused and audited on its family.
	 */
	@Transactional
	public Pupil one(UUID notificationId) {
		var school = contacts.schoolOfSignedInUser().orElseThrow(() -> new NotFound("pupil", notificationId));
		var found = jdbc.sql("""
				select id, school_id, family_id, person_id, notified_at, ended_at is null as open
				from school_notification where id = :id
				""")
			.param("id", notificationId)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
					rs.getObject("family_id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getTimestamp("notified_at").toInstant(), rs.getBoolean("open")))
			.optional()
			.orElseThrow(() -> new NotFound("pupil", notificationId));
		if (!found.school().equals(school) || !found.open()) {
			audit.record(new AuditEntry(SchoolAudit.PUPILS_AFFECTED_VIEWED, false, "family", found.family().toString(),
					Basis.ROLE, found.open() ? "OTHER_SCHOOL" : "LEFT_THE_LIST", "notification " + notificationId));
			throw new NotFound("pupil", notificationId);
		}
		return shown(school, found).orElseThrow(() -> new NotFound("pupil", notificationId));
	}

	/**
	 * How many pupils the signed-in user's list shows now, decided for each without
	 * recording (nobody is named); empty when they are not a designated contact.
	 */
	@Transactional(readOnly = true)
	public Optional<Integer> count() {
		return contacts.schoolOfSignedInUser().map(school -> {
			var open = open(school);
			var subjects = facts.subjects(open.stream().map(Row::family).distinct().toList());
			var decided = access.decideEach(subjects.values());
			return (int) open.stream()
				.filter(n -> decided.containsKey(n.family()) && decided.get(n.family()).access().seesPerson(n.person()))
				.count();
		});
	}

	private Optional<Pupil> shown(UUID school, Row notification) {
		return records.pupil(notification.family(), notification.person(), SchoolAudit.PUPILS_AFFECTED_VIEWED)
			.filter(p -> school.equals(p.schoolId()))
			.map(p -> new Pupil(notification.id(), p, notification.notifiedAt()));
	}

	private List<Row> open(UUID school) {
		return jdbc.sql("""
				select id, school_id, family_id, person_id, notified_at, true as open from school_notification
				where school_id = :school and ended_at is null
				order by notified_at, id
				""")
			.param("school", school)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
					rs.getObject("family_id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getTimestamp("notified_at").toInstant(), true))
			.list();
	}

	/**
	 * A pupil on the list.
	 *
	 * @param id the notification (their place on the list)
	 * @param record what the access decision shows of them
	 * @param toldAt when the school was told
	 */
	public record Pupil(UUID id, PupilRecord record, Instant toldAt) {
	}

	private record Row(UUID id, UUID school, UUID family, UUID person, Instant notifiedAt, boolean open) {
	}

}
