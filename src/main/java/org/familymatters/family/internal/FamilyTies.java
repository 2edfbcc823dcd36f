package org.familymatters.family.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.familymatters.audit.AuditAction;
import org.familymatters.consent.AccessDecision;
import org.familymatters.family.ContactBarrier;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.Person;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.security.SignedInUser;
import org.familymatters.shared.time.ServiceTime;
import org.familymatters.shared.web.BadRequest;
import org.familymatters.shared.web.NotFound;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's ties with the person in custody, on its record: the family's contact
 * (prison visits, family days, calls and letters it reports) and the parenting programme
 * sessions each parent attends, as timeline entries with who took part; and what stands
 * in the way of contact. Each change asks the access decision whether the user may change
 * the family, in the same transaction, and is audited by it; what the forms should have
 * caught is refused again here (a person of another family is not found), so that nothing
 * half-made is ever saved.
 */
@Service
public class FamilyTies {

	private final Families families;

	private final AccessDecision access;

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final Clock clock;

	FamilyTies(Families families, AccessDecision access, JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
		this.families = families;
		this.access = access;
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Records a visit, family day, call or letter with the person in custody, with the
	 * people of the family who took part; about the children when a child took part.
	 * Returns the timeline entry's id.
	 */
	@Transactional
	public UUID recordContact(UUID familyId, NewContact contact) {
		require(familyId, FamilyAudit.FAMILY_CONTACT_RECORDED, contact.kind().code());
		if (!TimelineKind.CONTACT.contains(contact.kind())) {
			throw new BadRequest("kind", "Not a kind of contact");
		}
		var people = peopleOf(familyId, contact.people());
		checkDay(contact.on());
		boolean atPrison = contact.kind() == TimelineKind.VISIT || contact.kind() == TimelineKind.FAMILY_DAY;
		if (atPrison) {
			checkPrison(contact.prisonId());
		}
		boolean children = people.stream().anyMatch(p -> p.role() == FamilyRole.CHILD);
		var id = insert(familyId, contact.kind().code(), children, contact.on(), contact.summary(), true,
				atPrison ? contact.prisonId() : null, null, null, null);
		people.forEach(p -> tookPart(id, p.id()));
		families.touch(familyId);
		return id;
	}

	/**
	 * Records a parenting programme session a parent of the family attended, inside a
	 * prison or in the community; the programme is one on the list or, named anew, added
	 * to it (whatever the case it is typed in). A note about the children: their timeline
	 * shows it. Returns the timeline entry's id.
	 */
	@Transactional
	public UUID recordSession(UUID familyId, NewSession session) {
		require(familyId, FamilyAudit.PARENTING_SESSION_RECORDED, null);
		var parent = peopleOf(familyId, List.of(session.personId())).get(0);
		if (parent.role() == FamilyRole.CHILD) {
			throw new BadRequest("personId", "A parenting session is attended by a parent or carer");
		}
		checkDay(session.on());
		boolean inside = session.setting() == Setting.IN_PRISON;
		if (inside) {
			checkPrison(session.prisonId());
		}
		else if (session.place() == null || session.place().isBlank()) {
			throw new BadRequest("place", "Say where the session was");
		}
		var programme = programme(session.programmeId(), session.newProgramme());
		var id = insert(familyId, TimelineKind.PARENTING_SESSION.code(), true, session.on(), session.notes(), false,
				inside ? session.prisonId() : null, programme, session.setting().code(),
				inside ? null : session.place().strip());
		tookPart(id, parent.id());
		families.touch(familyId);
		return id;
	}

	/** Records what stands in the way of the family's contact; returns its id. */
	@Transactional
	public UUID recordBarrier(UUID familyId, NewBarrier barrier) {
		require(familyId, FamilyAudit.CONTACT_BARRIER_RECORDED, barrier.kind().code());
		if (barrier.kind() == BarrierKind.OTHER && (barrier.details() == null || barrier.details().isBlank())) {
			throw new BadRequest("details", "Say what stands in the way");
		}
		if (barrier.notedOn().isAfter(LocalDate.now(clock))) {
			throw new BadRequest("notedOn", "The date must be today or in the past");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into contact_barrier (id, family_id, kind, details, noted_on, author_id, created_at)
				values (:id, :family, :kind, :details, :noted, :author, :now)
				""")
			.param("id", id)
			.param("family", familyId)
			.param("kind", barrier.kind().code())
			.param("details", blankToNull(barrier.details()))
			.param("noted", barrier.notedOn())
			.param("author", signedInUserId())
			.param("now", families.now())
			.update();
		families.touch(familyId);
		return id;
	}

	/**
	 * What stands in the way of the family's contact, newest first. Decides nothing: for
	 * callers that have asked the access decision about this family.
	 */
	@Transactional(readOnly = true)
	public List<ContactBarrier> barriers(UUID familyId) {
		return jdbc.sql("""
				select id, kind, details, noted_on from contact_barrier
				where family_id = :family order by noted_on desc, created_at desc
				""")
			.param("family", familyId)
			.query((rs, n) -> new ContactBarrier(rs.getObject("id", UUID.class), rs.getString("kind"),
					BarrierKind.labelOf(rs.getString("kind")), rs.getString("details"),
					rs.getDate("noted_on").toLocalDate()))
			.list();
	}

	/** The parenting programmes on the list, by name. */
	@Transactional(readOnly = true)
	public List<Programme> programmes() {
		return jdbc.sql("select id, name from parenting_programme order by name")
			.query((rs, n) -> new Programme(rs.getObject("id", UUID.class), rs.getString("name")))
			.list();
	}

	private UUID insert(UUID familyId, String kind, boolean children, LocalDate on, String summary, boolean tie,
			UUID prison, UUID programme, String setting, String place) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into timeline_entry (id, family_id, kind, about_children, occurred_at, summary, author_id,
				                            created_at, family_tie, prison_id, programme_id, setting, place)
				values (:id, :family, :kind, :children, :at, :summary, :author, :now, :tie, :prison, :programme,
				        :setting, :place)
				""")
			.param("id", id)
			.param("family", familyId)
			.param("kind", kind)
			.param("children", children)
			.param("at", Timestamp.from(noonOf(on)))
			.param("summary", blankToNull(summary))
			.param("author", signedInUserId())
			.param("now", families.now())
			.param("tie", tie)
			.param("prison", prison)
			.param("programme", programme)
			.param("setting", setting)
			.param("place", place)
			.update();
		return id;
	}

	private void tookPart(UUID entryId, UUID personId) {
		jdbc.sql("insert into timeline_entry_person (entry_id, person_id) values (:entry, :person)")
			.param("entry", entryId)
			.param("person", personId)
			.update();
	}

	/**
	 * The programme chosen, or the one named anew (found whatever its case, or added).
	 */
	private UUID programme(UUID chosen, String named) {
		if (chosen != null) {
			return jdbc.sql("select id from parenting_programme where id = :id")
				.param("id", chosen)
				.query(UUID.class)
				.optional()
				.orElseThrow(() -> new NotFound("parenting programme", chosen));
		}
		if (named == null || named.isBlank()) {
			throw new BadRequest("programme", "Choose the programme, or name it");
		}
		var name = named.strip();
		Optional<UUID> found = byName(name);
		if (found.isPresent()) {
			return found.get();
		}
		var id = UUID.randomUUID();
		try {
			jdbc.sql("insert into parenting_programme (id, name, created_at) values (:id, :name, :now)")
				.param("id", id)
				.param("name", name)
				.param("now", families.now())
				.update();
		}
		catch (DuplicateKeyException ex) {
			// Someone named the same programme meanwhile.
			return byName(name).orElseThrow(() -> ex);
		}
		return id;
	}

	private Optional<UUID> byName(String name) {
		return jdbc.sql("select id from parenting_programme where lower(name) = :name")
			.param("name", name.toLowerCase(Locale.ROOT))
			.query(UUID.class)
			.optional();
	}

	/** These people of the family, in the family's order; not found if any is not. */
	private List<Person> peopleOf(UUID familyId, List<UUID> ids) {
		if (ids == null || ids.isEmpty()) {
			throw new BadRequest("people", "Choose who took part");
		}
		Map<UUID, Person> people = families.people(familyId)
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
		ids.stream().filter(id -> !people.containsKey(id)).findFirst().ifPresent(id -> {
			throw new NotFound("person", id);
		});
		return families.people(familyId).stream().filter(p -> ids.contains(p.id())).toList();
	}

	private void checkPrison(UUID prisonId) {
		if (prisonId == null || jdbc.sql("select count(*) from prison where id = :id")
			.param("id", prisonId)
			.query(Long.class)
			.single() == 0) {
			throw new BadRequest("prisonId", "Choose the prison from the list");
		}
	}

	private void checkDay(LocalDate on) {
		if (on == null || on.isAfter(LocalDate.now(clock))) {
			throw new BadRequest("occurredOn", "The date must be today or in the past");
		}
	}

	private void require(UUID familyId, AuditAction action, String detail) {
		var subject = families.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		access.require(subject, action, true, detail);
	}

	private UUID signedInUserId() {
		return currentUser.find().map(SignedInUser::id).orElse(null);
	}

	private static Instant noonOf(LocalDate day) {
		return day.atTime(12, 0).atZone(ServiceTime.ZONE).toInstant();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Where a parenting programme session was held. */
	public enum Setting {

		IN_PRISON("In prison"), IN_COMMUNITY("In the community");

		private final String label;

		Setting(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * A visit, family day, call or letter with the person in custody.
	 *
	 * @param kind one of {@link TimelineKind#CONTACT}
	 * @param on the day it happened
	 * @param prisonId the prison, for a visit or family day
	 * @param people who of the family took part
	 * @param summary what happened, or null
	 */
	public record NewContact(TimelineKind kind, LocalDate on, UUID prisonId, List<UUID> people, String summary) {
	}

	/**
	 * A parenting programme session a parent attended.
	 *
	 * @param programmeId the programme from the list; null when {@code newProgramme}
	 * names it
	 * @param newProgramme the programme's name when it is not on the list
	 * @param personId the parent
	 * @param on the day of the session
	 * @param setting inside a prison or in the community
	 * @param prisonId the prison, inside
	 * @param place where in the community
	 * @param notes anything more, or null
	 */
	public record NewSession(UUID programmeId, String newProgramme, UUID personId, LocalDate on, Setting setting,
			UUID prisonId, String place, String notes) {
	}

	/** What stands in the way of contact, noted on a day, with details (for "other"). */
	public record NewBarrier(BarrierKind kind, String details, LocalDate notedOn) {
	}

	/** A parenting programme on the list. */
	public record Programme(UUID id, String name) {
	}

}
