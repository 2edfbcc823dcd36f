package org.familymatters.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.ActionSubject;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.family.ActionRecord;
import org.familymatters.family.FamilyRecords;
import org.familymatters.identity.Role;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;
import org.familymatters.shared.web.Page;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action of a family's support plan as its owner sees and updates it (the ACTION basis
 * of the access decision): the action, its notes, and the minimum of the family's record
 * needed to do it; its status and notes changed by the owner; the owner's list of open
 * actions, overdue first. Every read and change asks the access decision, with the
 * action's facts read at that request, and is audited with its basis.
 */
@Service
public class OwnerActions {

	private final JdbcClient jdbc;

	private final FamilyRecords records;

	private final FamilyFacts families;

	private final AccessDecision access;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	OwnerActions(JdbcClient jdbc, FamilyRecords records, FamilyFacts families, AccessDecision access, AuditTrail audit,
			CurrentUser currentUser, Clock clock) {
		this.access = access;
		this.jdbc = jdbc;
		this.records = records;
		this.families = families;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * The action's page: refused (403,
	 * {@link org.familymatters.consent.ActionAccessRefused}) and audited unless the user
	 * may see it, not found (404) when there is no such action.
	 */
	@Transactional
	public ActionPage view(UUID actionId) {
		var action = find(actionId).orElseThrow(() -> new NotFound("action", actionId));
		var record = records.forAction(action.subject(), PlanAudit.ACTION_VIEWED, false, "action " + actionId);
		return new ActionPage(action, record, notes(actionId), action.overdue(today()));
	}

	/**
	 * Changes the action's status and adds a note, as its owner (or the family's support
	 * workers) may; a status not changed and no note changes nothing. Refused (403) and
	 * audited for anyone else; refused as a stale save when the action changed since the
	 * form was shown ({@code version}).
	 * @param status the new status (the same as now to add a note only)
	 * @param reason why it cannot be done (required for
	 * {@link ActionStatus#CANNOT_BE_DONE})
	 * @param note a note; null for none
	 */
	@Transactional
	public Update update(UUID actionId, long version, ActionStatus status, String reason, String note) {
		var action = find(actionId).orElseThrow(() -> new NotFound("action", actionId));
		boolean statusChanged = status != action.status();
		if (!statusChanged && note == null) {
			return new Update(false, false, action.status());
		}
		records.forAction(action.subject(),
				statusChanged ? PlanAudit.ACTION_STATUS_CHANGED : PlanAudit.ACTION_NOTE_ADDED, true,
				statusChanged ? "from " + action.status().code() + " to " + status.code() : "note");
		if (action.version() != version) {
			throw new StaleSave("action", actionId);
		}
		var now = Timestamp.from(clock.instant());
		var me = currentUser.get().id();
		int updated = jdbc.sql("""
				update plan_action set status = :status, status_reason = :reason, updated_at = :now,
				       version = version + 1
				where id = :id and version = :version
				""")
			.param("status", status.code())
			.param("reason", (status == ActionStatus.CANNOT_BE_DONE) ? reason : null)
			.param("now", now)
			.param("id", actionId)
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new StaleSave("action", actionId);
		}
		if (statusChanged) {
			var text = status.label() + ((status == ActionStatus.CANNOT_BE_DONE) ? ": " + reason : "")
					+ ((note != null) ? "\n\n" + note : "");
			addNote(actionId, me, now, status, text);
			if (note != null) {
				audit.record(new AuditEntry(PlanAudit.ACTION_NOTE_ADDED, true, "family", action.familyId().toString(),
						Basis.ACTION, actionId.toString(), "with the status change"));
			}
		}
		else {
			addNote(actionId, me, now, null, note);
		}
		return new Update(statusChanged, note != null, status);
	}

	private void addNote(UUID actionId, UUID by, Timestamp at, ActionStatus status, String text) {
		jdbc.sql("""
				insert into plan_action_note (id, action_id, written_by, written_at, status, text)
				values (:id, :action, :by, :at, :status, :text)
				""")
			.param("id", UUID.randomUUID())
			.param("action", actionId)
			.param("by", by)
			.param("at", at)
			.param("status", (status != null) ? status.code() : null)
			.param("text", text)
			.update();
	}

	/**
	 * The open actions the signed-in user may see as an owner (their organisation's with
	 * no person named, and those naming them), overdue first then the soonest due, a page
	 * of them; each action shown is audited ({@code ACTIONS_LISTED}, basis ACTION).
	 */
	@Transactional
	public Page<Listed> mine(int page, int size) {
		var user = currentUser.find().orElse(null);
		if (user == null || user.organisationId() == null) {
			return new Page<>(List.of(), 1, size, 0);
		}
		long total = jdbc.sql("""
				select count(*) from plan_action a
				join identity_organisation o on o.id = a.owner_organisation_id and o.active
				where a.owner_organisation_id = :organisation and a.status in ('not_started', 'in_progress')
				  and (a.owner_user_id is null or a.owner_user_id = :me)
				""").param("organisation", user.organisationId()).param("me", user.id()).query(Long.class).single();
		int number = (int) Math.max(1, Math.min(page, Math.max(1, (total + size - 1) / size)));
		var rows = jdbc.sql(SELECT + """
				where a.owner_organisation_id = :organisation and a.status in ('not_started', 'in_progress')
				  and (a.owner_user_id is null or a.owner_user_id = :me)
				order by a.due_on, a.created_at, a.id
				limit :limit offset :offset
				""")
			.param("organisation", user.organisationId())
			.param("me", user.id())
			.param("limit", size)
			.param("offset", (long) (number - 1) * size)
			.query((rs, n) -> row(rs))
			.list();
		var decided = access.decideActions(rows.stream().map(Row::subject).toList());
		var references = families.references(rows.stream().map(Row::familyId).distinct().toList());
		var today = today();
		var listed = new ArrayList<Listed>();
		var shown = new ArrayList<AuditEntry>();
		for (var row : rows) {
			var access = decided.get(row.id());
			if (access == null || !access.allowed()) {
				continue;
			}
			shown.add(new AuditEntry(PlanAudit.ACTIONS_LISTED, true, "family", row.familyId().toString(),
					access.basis(), access.reference(), "action " + row.id()));
			listed.add(new Listed(row.id(), row.description(), row.needArea(), references.get(row.familyId()),
					row.dueOn(), row.status(), row.overdue(today), row.ownerUserId() != null));
		}
		audit.recordAll(shown);
		return new Page<>(listed, number, size, total);
	}

	/** Whether the signed-in user may own actions at all, by their roles. */
	public boolean mayOwnActions() {
		return currentUser.hasAny(Role.AGENCY_PRACTITIONER, Role.SAFEGUARDING_LEAD, Role.SUPPORT_WORKER);
	}

	/** The action and its facts, read now; empty when there is no such action. */
	@Transactional(readOnly = true)
	public Optional<Row> find(UUID actionId) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", actionId).query((rs, n) -> row(rs)).optional();
	}

	private List<Note> notes(UUID actionId) {
		return jdbc.sql("""
				select n.written_at, n.status, n.text, u.display_name, o.name as organisation
				from plan_action_note n
				left join identity_user u on u.id = n.written_by
				left join identity_organisation o on o.id = u.organisation_id
				where n.action_id = :id order by n.written_at desc, n.id
				""")
			.param("id", actionId)
			.query((rs, n) -> new Note(rs.getTimestamp("written_at").toInstant(),
					(rs.getString("status") != null) ? ActionStatus.ofCode(rs.getString("status")).orElseThrow() : null,
					rs.getString("text"), rs.getString("display_name"), rs.getString("organisation")))
			.list();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static final String SELECT = """
			select a.id, a.family_id, a.description, a.about_person_id, a.owner_organisation_id, a.owner_user_id,
			       a.due_on, a.status, a.status_reason, a.version, g.text as goal, na.label as need_area,
			       o.name as owner_organisation, u.display_name as owner_user
			from plan_action a
			join plan_goal g on g.id = a.goal_id
			join plan_need_area na on na.id = g.need_area_id
			join identity_organisation o on o.id = a.owner_organisation_id
			left join identity_user u on u.id = a.owner_user_id
			""";

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
				rs.getString("description"), rs.getObject("about_person_id", UUID.class),
				rs.getObject("owner_organisation_id", UUID.class), rs.getObject("owner_user_id", UUID.class),
				rs.getObject("due_on", LocalDate.class), ActionStatus.ofCode(rs.getString("status")).orElseThrow(),
				rs.getString("status_reason"), rs.getLong("version"), rs.getString("goal"), rs.getString("need_area"),
				rs.getString("owner_organisation"), rs.getString("owner_user"));
	}

	/**
	 * An action as stored.
	 *
	 * @param id the action
	 * @param familyId the family whose plan it is of
	 * @param description what is to be done
	 * @param aboutPersonId the person of the family it is about; null for the family
	 * @param ownerOrganisationId the organisation it is given to
	 * @param ownerUserId the person in it, if one is named
	 * @param dueOn when it is due
	 * @param status where it stands
	 * @param statusReason why it cannot be done, when it cannot
	 * @param version for stale saves
	 * @param goal the goal it serves
	 * @param needArea the need area of that goal
	 * @param ownerOrganisation the owner organisation's name
	 * @param ownerUser the named person's name; null when none
	 */
	public record Row(UUID id, UUID familyId, String description, UUID aboutPersonId, UUID ownerOrganisationId,
			UUID ownerUserId, LocalDate dueOn, ActionStatus status, String statusReason, long version, String goal,
			String needArea, String ownerOrganisation, String ownerUser) {

		public ActionSubject subject() {
			return new ActionSubject(familyId, id, ownerOrganisationId, ownerUserId, status.open(), aboutPersonId);
		}

		public boolean overdue(LocalDate today) {
			return status.open() && dueOn.isBefore(today);
		}

	}

	/**
	 * What the owner's page shows.
	 *
	 * @param action the action
	 * @param record the minimum of the family's record
	 * @param notes its notes, newest first
	 * @param overdue whether it is past its due date and still open
	 */
	public record ActionPage(Row action, ActionRecord record, List<Note> notes, boolean overdue) {
	}

	/**
	 * A note of the action's history.
	 *
	 * @param writtenAt when
	 * @param status the status it set; null for a note alone
	 * @param text what it says
	 * @param writtenBy who wrote it
	 * @param organisation their organisation
	 */
	public record Note(Instant writtenAt, ActionStatus status, String text, String writtenBy, String organisation) {
	}

	/**
	 * One action of the owner's list: no names of the family's people, its reference and
	 * the need area.
	 *
	 * @param id the action
	 * @param description what is to be done
	 * @param needArea the need area
	 * @param familyReference the family's reference
	 * @param dueOn when it is due
	 * @param status where it stands
	 * @param overdue whether it is past its due date
	 * @param namesThem whether it names the user (else it is their organisation's)
	 */
	public record Listed(UUID id, String description, String needArea, String familyReference, LocalDate dueOn,
			ActionStatus status, boolean overdue, boolean namesThem) {
	}

	/**
	 * What an update did.
	 *
	 * @param statusChanged whether the status changed
	 * @param noteAdded whether a note was added
	 * @param status the status now
	 */
	public record Update(boolean statusChanged, boolean noteAdded, ActionStatus status) {
	}

}
