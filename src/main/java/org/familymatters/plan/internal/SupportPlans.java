package org.familymatters.plan.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.Person;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's support plan as its support workers keep it: started, its goals and each
 * agency's actions, reviews, and closing. Every change asks the access decision (audited
 * as the change) and carries the plan's version: a change made from an older version, or
 * to a plan closed meanwhile, is refused with {@link StaleSave} and nothing is saved. An
 * action added, or given to another owner, is published as {@link ActionAssigned} in the
 * saving transaction.
 */
@Service
public class SupportPlans {

	/** When the first review falls after the plan is started. */
	public static final int FIRST_REVIEW_MONTHS = 3;

	private final JdbcClient jdbc;

	private final PlanAccess access;

	private final Assessments assessments;

	private final FamilyRecords records;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SupportPlans(JdbcClient jdbc, PlanAccess access, Assessments assessments, FamilyRecords records,
			CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.assessments = assessments;
		this.records = records;
		this.currentUser = currentUser;
		this.events = events;
		this.clock = clock;
	}

	/** The family's plan, if one was started. */
	@Transactional(readOnly = true)
	public Optional<SupportPlan> of(UUID familyId) {
		return jdbc.sql("select * from plan_support_plan where family_id = :family")
			.param("family", familyId)
			.query((rs, n) -> new SupportPlan(rs.getObject("id", UUID.class), familyId,
					rs.getObject("locality_id", UUID.class), rs.getDate("started_on").toLocalDate(),
					rs.getString("status"), date(rs.getDate("next_review_on")), date(rs.getDate("closed_on")),
					rs.getString("closed_reason"), rs.getObject("closing_assessment_id", UUID.class),
					rs.getLong("version"), List.of(), List.of()))
			.optional()
			.map(plan -> new SupportPlan(plan.id(), familyId, plan.localityId(), plan.startedOn(), plan.status(),
					plan.nextReviewOn(), plan.closedOn(), plan.closedReason(), plan.closingAssessmentId(),
					plan.version(), goals(plan.id()), reviews(plan.id())));
	}

	/**
	 * Starts the family's plan today, its first review in three months, the family's
	 * locality kept with it; returns its id. A family has one plan: starting a second is
	 * refused as a stale save.
	 */
	@Transactional
	public UUID start(UUID familyId) {
		access.requireChange(familyId, PlanAudit.PLAN_STARTED);
		if (of(familyId).isPresent()) {
			throw new StaleSave("support plan of family", familyId);
		}
		var today = LocalDate.now(clock);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_support_plan (id, family_id, locality_id, started_on, next_review_on, created_by,
				                               created_at, updated_at)
				values (:id, :family, :locality, :today, :review, :by, :now, :now)
				on conflict (family_id) do nothing
				""")
			.param("id", id)
			.param("family", familyId)
			.param("locality", access.localityOf(familyId))
			.param("today", today)
			.param("review", today.plusMonths(FIRST_REVIEW_MONTHS))
			.param("by", currentUser.get().id())
			.param("now", now())
			.update();
		return id;
	}

	/** Adds a goal linked to a need area; returns its id. */
	@Transactional
	public UUID addGoal(UUID familyId, long version, UUID needAreaId, String text) {
		access.requireChange(familyId, PlanAudit.GOAL_ADDED);
		var plan = claim(familyId, version);
		var id = UUID.randomUUID();
		jdbc.sql(
				"insert into plan_goal (id, plan_id, need_area_id, text, created_at) values (:id, :plan, :area, :text, :now)")
			.param("id", id)
			.param("plan", plan)
			.param("area", needAreaId)
			.param("text", text)
			.param("now", now())
			.update();
		return id;
	}

	/** Adds an action to a goal, gives it to its owner; returns its id. */
	@Transactional
	public UUID addAction(UUID familyId, long version, NewAction action, List<Person> people) {
		access.requireChange(familyId, PlanAudit.ACTION_ADDED);
		var plan = claim(familyId, version);
		var started = startedOn(plan);
		check(action, started, people);
		var goal = jdbc.sql("select count(*) from plan_goal where id = :goal and plan_id = :plan")
			.param("goal", action.goalId())
			.param("plan", plan)
			.query(Long.class)
			.single();
		if (goal == 0) {
			throw new PlanRuleBroken("The goal is not of this plan");
		}
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into plan_action (id, plan_id, goal_id, family_id, description, about_person_id,
						                         owner_organisation_id, owner_user_id, due_on, status, status_reason, assigned_at,
						                         created_at, updated_at)
						values (:id, :plan, :goal, :family, :description, :person, :organisation, :user, :due, :status, :reason,
						        :now, :now, :now)
						""")
			.param("id", id)
			.param("plan", plan)
			.param("goal", action.goalId())
			.param("family", familyId)
			.param("description", action.description())
			.param("person", action.aboutPersonId())
			.param("organisation", action.ownerOrganisationId())
			.param("user", action.ownerUserId())
			.param("due", action.dueOn())
			.param("status", action.status().code())
			.param("reason", (action.status() == ActionStatus.CANNOT_BE_DONE) ? action.statusReason() : null)
			.param("now", now())
			.update();
		note(id, null, "Given to " + ownerName(action.ownerOrganisationId(), action.ownerUserId()));
		if (action.status() != ActionStatus.NOT_STARTED) {
			note(id, action.status(), statusNote(action.status(), action.statusReason()));
		}
		events.publishEvent(new ActionAssigned(id, action.ownerOrganisationId(), action.ownerUserId()));
		return id;
	}

	/**
	 * Adds an action agreed elsewhere (at a network meeting) to the family's open plan,
	 * at the plan's current version, with the same checks, audit (ACTION_ADDED) and
	 * {@link ActionAssigned} as the plan's own form, and a note of where it was agreed;
	 * returns its id. Refused with {@link PlanRuleBroken} when the family has no open
	 * plan.
	 */
	@Transactional
	public UUID addAgreedAction(UUID familyId, NewAction action, String agreedAt) {
		var plan = of(familyId).filter(p -> !p.closed())
			.orElseThrow(() -> new PlanRuleBroken("The family has no open support plan"));
		var id = addAction(familyId, plan.version(), action, List.of());
		note(id, null, "Agreed at " + agreedAt);
		return id;
	}

	/**
	 * Actions by their ids, with their owners, due dates and statuses, recording nothing:
	 * for pages of other modules that show them only as the access decision allows.
	 * Actions not on record are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, ActionRow> actionsById(java.util.Collection<UUID> ids) {
		var rows = new java.util.LinkedHashMap<UUID, ActionRow>();
		if (ids.isEmpty()) {
			return rows;
		}
		jdbc.sql("""
				select a.id, a.family_id, a.description, a.owner_organisation_id, o.name as organisation,
				       u.display_name, a.due_on, a.status
				from plan_action a join identity_organisation o on o.id = a.owner_organisation_id
				left join identity_user u on u.id = a.owner_user_id
				where a.id in (:ids) order by a.due_on, a.created_at, a.id
				""")
			.param("ids", List.copyOf(ids))
			.query((RowCallbackHandler) rs -> rows.put(rs.getObject("id", UUID.class),
					new ActionRow(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
							rs.getString("description"), rs.getObject("owner_organisation_id", UUID.class),
							rs.getString("organisation"), rs.getString("display_name"),
							rs.getDate("due_on").toLocalDate(),
							ActionStatus.ofCode(rs.getString("status")).orElse(ActionStatus.NOT_STARTED))));
		return rows;
	}

	/**
	 * The open plans of a locality whose next review falls on or before {@code by}: each
	 * family's id and the review's date, earliest first, recording nothing.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, LocalDate> reviewsDue(UUID localityId, LocalDate by) {
		var due = new java.util.LinkedHashMap<UUID, LocalDate>();
		jdbc.sql("""
				select family_id, next_review_on from plan_support_plan
				where status = 'open' and locality_id = :locality and next_review_on <= :by
				order by next_review_on, family_id
				""")
			.param("locality", localityId)
			.param("by", by)
			.query((RowCallbackHandler) rs -> due.put(rs.getObject("family_id", UUID.class),
					rs.getDate("next_review_on").toLocalDate()));
		return due;
	}

	/**
	 * Changes an action's wording, due date, owner (a reassignment, published as
	 * {@link ActionAssigned} and noted) or status (noted).
	 */
	@Transactional
	public void changeAction(UUID familyId, long version, UUID actionId, NewAction change, List<Person> people) {
		access.requireChange(familyId, PlanAudit.ACTION_CHANGED);
		var plan = claim(familyId, version);
		check(change, startedOn(plan), people);
		var before = action(plan, actionId).orElseThrow(() -> new PlanRuleBroken("The action is not of this plan"));
		jdbc.sql(
				"""
						update plan_action set description = :description, about_person_id = :person,
						       owner_organisation_id = :organisation, owner_user_id = :user, due_on = :due, status = :status,
						       status_reason = :reason, updated_at = :now, version = version + 1,
						       assigned_at = case when :reassigned then cast(:now as timestamptz) else assigned_at end,
						       overdue_notified_on = case when due_on <> :due or :reassigned then null else overdue_notified_on end
						where id = :id
						""")
			.param("description", change.description())
			.param("person", change.aboutPersonId())
			.param("organisation", change.ownerOrganisationId())
			.param("user", change.ownerUserId())
			.param("due", change.dueOn())
			.param("status", change.status().code())
			.param("reason", (change.status() == ActionStatus.CANNOT_BE_DONE) ? change.statusReason() : null)
			.param("reassigned", reassigned(before, change))
			.param("now", now())
			.param("id", actionId)
			.update();
		if (reassigned(before, change)) {
			note(actionId, null, "Given to " + ownerName(change.ownerOrganisationId(), change.ownerUserId()));
			events.publishEvent(new ActionAssigned(actionId, change.ownerOrganisationId(), change.ownerUserId()));
		}
		if (before.status() != change.status()) {
			access.requireChange(familyId, PlanAudit.ACTION_STATUS_CHANGED, change.status().code());
			note(actionId, change.status(), statusNote(change.status(), change.statusReason()));
		}
	}

	/** Records a review of the plan, and when the next one is due; returns its id. */
	@Transactional
	public UUID addReview(UUID familyId, long version, NewReview review) {
		access.requireChange(familyId, PlanAudit.REVIEW_RECORDED);
		var plan = claim(familyId, version);
		var today = LocalDate.now(clock);
		if (review.reviewedOn().isAfter(today) || review.reviewedOn().isBefore(startedOn(plan))
				|| (review.nextReviewOn() != null && !review.nextReviewOn().isAfter(review.reviewedOn()))) {
			throw new PlanRuleBroken("A review is dated between the plan's start and today, the next one after it");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_review (id, plan_id, reviewed_on, attended, what_changed, next_review_on, recorded_by,
				                         created_at)
				values (:id, :plan, :on, :attended, :changed, :next, :by, :now)
				""")
			.param("id", id)
			.param("plan", plan)
			.param("on", review.reviewedOn())
			.param("attended", review.attended())
			.param("changed", review.whatChanged())
			.param("next", review.nextReviewOn())
			.param("by", currentUser.get().id())
			.param("now", now())
			.update();
		jdbc.sql("update plan_support_plan set next_review_on = :next where id = :plan")
			.param("next", review.nextReviewOn())
			.param("plan", plan)
			.update();
		return id;
	}

	/**
	 * Closes the plan with a reason and a closing assessment, and closes the family with
	 * the same reason, all in one transaction.
	 */
	@Transactional
	public void close(UUID familyId, long version, String reason, Assessment.New closing, List<Person> people) {
		access.requireChange(familyId, PlanAudit.PLAN_CLOSED);
		var plan = claim(familyId, version);
		if (reason == null || reason.isBlank()) {
			throw new PlanRuleBroken("Closing a plan needs a reason");
		}
		var assessment = assessments.recordClosing(familyId, closing, people);
		jdbc.sql("""
				update plan_support_plan set status = 'closed', closed_on = :today, closed_reason = :reason,
				       closing_assessment_id = :assessment, locality_id = :locality, next_review_on = null
				where id = :plan
				""")
			.param("today", LocalDate.now(clock))
			.param("reason", reason)
			.param("assessment", assessment)
			.param("locality", access.localityOf(familyId))
			.param("plan", plan)
			.update();
		records.close(familyId, reason, "support plan closed");
	}

	/**
	 * The plan's id, its version moved on from {@code version}: refused as stale when
	 * someone else changed (or closed) it since.
	 */
	private UUID claim(UUID familyId, long version) {
		return jdbc.sql("""
				update plan_support_plan set version = version + 1, updated_at = :now
				where family_id = :family and version = :version and status = 'open'
				returning id
				""")
			.param("now", now())
			.param("family", familyId)
			.param("version", version)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new StaleSave("support plan of family", familyId));
	}

	private void check(NewAction action, LocalDate started, List<Person> people) {
		if (action.dueOn().isBefore(started)) {
			throw new PlanRuleBroken("An action is not due before the plan started");
		}
		if (action.aboutPersonId() != null && people.stream().noneMatch(p -> p.id().equals(action.aboutPersonId()))) {
			throw new PlanRuleBroken("The person is not in the family");
		}
		if (action.status() == ActionStatus.CANNOT_BE_DONE
				&& (action.statusReason() == null || action.statusReason().isBlank())) {
			throw new PlanRuleBroken("Say why the action cannot be done");
		}
		var organisation = jdbc.sql("select count(*) from identity_organisation where id = :organisation and active")
			.param("organisation", action.ownerOrganisationId())
			.query(Long.class)
			.single();
		if (organisation == 0) {
			throw new PlanRuleBroken("An action is owned by an active organisation");
		}
		if (action.ownerUserId() != null && jdbc.sql("""
				select count(*) from identity_user where id = :user and organisation_id = :organisation and enabled
				""")
			.param("user", action.ownerUserId())
			.param("organisation", action.ownerOrganisationId())
			.query(Long.class)
			.single() == 0) {
			throw new PlanRuleBroken("The person is not in the organisation");
		}
	}

	private static boolean reassigned(SupportPlan.Action before, NewAction change) {
		return !before.ownerOrganisationId().equals(change.ownerOrganisationId())
				|| !Objects.equals(before.ownerUserId(), change.ownerUserId());
	}

	private static String statusNote(ActionStatus status, String reason) {
		return "Status: " + status.label().toLowerCase(java.util.Locale.UK)
				+ ((reason != null && !reason.isBlank()) ? " — " + reason : "");
	}

	private String ownerName(UUID organisationId, UUID userId) {
		var organisation = jdbc.sql("select name from identity_organisation where id = :id")
			.param("id", organisationId)
			.query(String.class)
			.single();
		if (userId == null) {
			return organisation;
		}
		var user = jdbc.sql("select display_name from identity_user where id = :id")
			.param("id", userId)
			.query(String.class)
			.single();
		return user + ", " + organisation;
	}

	private void note(UUID actionId, ActionStatus status, String text) {
		jdbc.sql("""
				insert into plan_action_note (id, action_id, written_by, written_at, status, text)
				values (:id, :action, :by, :now, :status, :text)
				""")
			.param("id", UUID.randomUUID())
			.param("action", actionId)
			.param("by", currentUser.get().id())
			.param("now", now())
			.param("status", (status != null) ? status.code() : null)
			.param("text", text)
			.update();
	}

	private LocalDate startedOn(UUID plan) {
		return jdbc.sql("select started_on from plan_support_plan where id = :plan")
			.param("plan", plan)
			.query(LocalDate.class)
			.single();
	}

	private Optional<SupportPlan.Action> action(UUID plan, UUID actionId) {
		return actions(plan).values().stream().flatMap(List::stream).filter(a -> a.id().equals(actionId)).findFirst();
	}

	private List<SupportPlan.Goal> goals(UUID plan) {
		var actions = actions(plan);
		return jdbc.sql("select id, need_area_id, text from plan_goal where plan_id = :plan order by created_at, id")
			.param("plan", plan)
			.query((rs, n) -> new SupportPlan.Goal(rs.getObject("id", UUID.class),
					rs.getObject("need_area_id", UUID.class), rs.getString("text"),
					actions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	private Map<UUID, List<SupportPlan.Action>> actions(UUID plan) {
		var notes = new HashMap<UUID, List<SupportPlan.Note>>();
		jdbc.sql("""
				select n.action_id, n.written_at, u.display_name, n.status, n.text
				from plan_action_note n join plan_action a on a.id = n.action_id
				left join identity_user u on u.id = n.written_by
				where a.plan_id = :plan order by n.written_at desc, n.id
				""")
			.param("plan", plan)
			.query((RowCallbackHandler) rs -> notes
				.computeIfAbsent(rs.getObject("action_id", UUID.class), k -> new ArrayList<>())
				.add(new SupportPlan.Note(rs.getTimestamp("written_at").toInstant(), rs.getString("display_name"),
						ActionStatus.ofCode(rs.getString("status")).orElse(null), rs.getString("text"))));
		var actions = new HashMap<UUID, List<SupportPlan.Action>>();
		jdbc.sql(
				"""
						select a.id, a.goal_id, a.description, a.about_person_id, a.owner_organisation_id, o.name as organisation,
						       a.owner_user_id, u.display_name, a.due_on, a.status, a.status_reason
						from plan_action a join identity_organisation o on o.id = a.owner_organisation_id
						left join identity_user u on u.id = a.owner_user_id
						where a.plan_id = :plan order by a.due_on, a.created_at, a.id
						""")
			.param("plan", plan)
			.query((RowCallbackHandler) rs -> {
				var id = rs.getObject("id", UUID.class);
				var due = rs.getDate("due_on").toLocalDate();
				var status = ActionStatus.ofCode(rs.getString("status")).orElse(ActionStatus.NOT_STARTED);
				actions.computeIfAbsent(rs.getObject("goal_id", UUID.class), k -> new ArrayList<>())
					.add(new SupportPlan.Action(id, rs.getObject("goal_id", UUID.class), rs.getString("description"),
							rs.getObject("about_person_id", UUID.class),
							rs.getObject("owner_organisation_id", UUID.class), rs.getString("organisation"),
							rs.getObject("owner_user_id", UUID.class), rs.getString("display_name"), due, status,
							rs.getString("status_reason"),
							SupportPlan.Action.dueBefore(status, due, LocalDate.now(clock)),
							notes.getOrDefault(id, List.of())));
			});
		return actions;
	}

	private List<SupportPlan.Review> reviews(UUID plan) {
		return jdbc.sql("""
				select r.id, r.reviewed_on, r.attended, r.what_changed, r.next_review_on, u.display_name
				from plan_review r left join identity_user u on u.id = r.recorded_by
				where r.plan_id = :plan order by r.reviewed_on desc, r.created_at desc
				""")
			.param("plan", plan)
			.query((rs, n) -> new SupportPlan.Review(rs.getObject("id", UUID.class),
					rs.getDate("reviewed_on").toLocalDate(), rs.getString("attended"), rs.getString("what_changed"),
					date(rs.getDate("next_review_on")), rs.getString("display_name")))
			.list();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static LocalDate date(java.sql.Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/**
	 * An action as added or changed.
	 *
	 * @param aboutPersonId the person of the family it is about; null for the family
	 * @param ownerUserId the person in the owner organisation; null for the organisation
	 * @param statusReason why it cannot be done (required then), or a note on the status
	 */
	public record NewAction(UUID goalId, String description, UUID aboutPersonId, UUID ownerOrganisationId,
			UUID ownerUserId, LocalDate dueOn, ActionStatus status, String statusReason) {
	}

	/** A review as recorded. */
	public record NewReview(LocalDate reviewedOn, String attended, String whatChanged, LocalDate nextReviewOn) {
	}

	/** An action as {@link #actionsById} reads it. */
	public record ActionRow(UUID id, UUID familyId, String description, UUID ownerOrganisationId,
			String ownerOrganisationName, String ownerUserName, LocalDate dueOn, ActionStatus status) {
	}

}
