package org.familymatters.plan;

import java.io.Serial;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.family.FamilyRecords;
import org.familymatters.plan.internal.ActionStatus;
import org.familymatters.plan.internal.NeedAreas;
import org.familymatters.plan.internal.Owners;
import org.familymatters.plan.internal.PlanAudit;
import org.familymatters.plan.internal.PlanRuleBroken;
import org.familymatters.plan.internal.SupportPlans;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's support plan as other modules reach it: a network meeting agrees actions for
 * a family, and they go straight into its plan, through the same checks, audit and e-mail
 * to the owner as the plan's own form. Only those who may change the family (its
 * locality's support workers and its key worker) may read the goals or add an action; the
 * access decision answers and is audited.
 */
@Service
public class PlanActions {

	private final SupportPlans plans;

	private final FamilyRecords records;

	private final NeedAreas areas;

	private final AccessDecision access;

	private final FamilyFacts facts;

	private final Owners owners;

	PlanActions(SupportPlans plans, FamilyRecords records, NeedAreas areas, AccessDecision access, FamilyFacts facts,
			Owners owners) {
		this.owners = owners;
		this.plans = plans;
		this.records = records;
		this.areas = areas;
		this.access = access;
		this.facts = facts;
	}

	/**
	 * The family's open plan with its goals, for someone about to agree an action for it:
	 * refused (403) and audited as PLAN_VIEWED unless they may change the family; empty
	 * when the family has no open plan (it is started on the family's plan page).
	 */
	@Transactional
	public Optional<OpenPlan> openPlan(UUID familyId) {
		return openPlan(familyId, "goals for an action agreed at a network meeting");
	}

	/**
	 * As {@link #openPlan(UUID)}, for another purpose, recorded as the audit event's
	 * detail (such as "goals for a release action").
	 */
	@Transactional
	public Optional<OpenPlan> openPlan(UUID familyId, String purpose) {
		records.view(familyId, PlanAudit.PLAN_VIEWED, true, purpose);
		var labels = areas.byId();
		return plans.of(familyId)
			.filter(plan -> !plan.closed())
			.map(plan -> new OpenPlan(familyId, plan.startedOn(),
					plan.goals()
						.stream()
						.map(g -> new Goal(g.id(), g.text(),
								(labels.get(g.needAreaId()) != null) ? labels.get(g.needAreaId()).label() : ""))
						.toList()));
	}

	/**
	 * Adds an action agreed at {@code agreedAt} (for example "the Banbury network meeting
	 * of 3 March 2026") to the goal of the family's open plan, owned by an active
	 * organisation and optionally a person in it, due on a day not before the plan
	 * started; returns its id. Audited as ACTION_ADDED; its owner is e-mailed once it is
	 * committed. Refused (403) unless the user may change the family; refused with
	 * {@link Refused} when the family has no open plan or a rule of the plan is broken; a
	 * plan changed meanwhile is retried at its new version.
	 */
	@Transactional
	public UUID add(UUID familyId, UUID goalId, String description, UUID ownerOrganisationId, UUID ownerUserId,
			LocalDate dueOn, String agreedAt) {
		try {
			return plans.addAgreedAction(familyId, new SupportPlans.NewAction(goalId, description, null,
					ownerOrganisationId, ownerUserId, dueOn, ActionStatus.NOT_STARTED, null), agreedAt);
		}
		catch (PlanRuleBroken ex) {
			throw new Refused(ex.getMessage());
		}
	}

	/**
	 * Actions by their ids: description, owner, due date and status, recording nothing.
	 * The caller shows a description or an owner person only to those the access decision
	 * lets see the family; actions not on record are left out.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Action> actions(Collection<UUID> actionIds) {
		var actions = new LinkedHashMap<UUID, Action>();
		plans.actionsById(actionIds)
			.forEach((id, a) -> actions.put(id,
					new Action(id, a.familyId(), a.description(), a.ownerOrganisationId(), a.ownerOrganisationName(),
							a.ownerUserName(), a.dueOn(), a.status().label(), a.status() == ActionStatus.DONE)));
		return actions;
	}

	/**
	 * The families of a locality whose plan review falls on or before {@code by}, among
	 * those the signed-in user may change (decided for each, recording nothing: the
	 * caller audits each family it shows), earliest review first.
	 */
	@Transactional(readOnly = true)
	public List<ReviewDue> reviewsDue(UUID localityId, LocalDate by) {
		var due = plans.reviewsDue(localityId, by);
		if (due.isEmpty()) {
			return List.of();
		}
		var subjects = records.subjects(due.keySet());
		var decided = access.decideEach(subjects.values());
		var references = facts.references(due.keySet());
		return due.entrySet()
			.stream()
			.filter(e -> decided.containsKey(e.getKey()) && decided.get(e.getKey()).access().mayChange())
			.map(e -> new ReviewDue(e.getKey(), references.get(e.getKey()), e.getValue()))
			.toList();
	}

	/**
	 * Who an action may be given to, as the plan's own forms offer it: active
	 * organisations, by name.
	 */
	public List<Owner> ownerOrganisations() {
		return owners.organisations().stream().map(o -> new Owner(o.id(), o.name(), null)).toList();
	}

	/**
	 * The people an action may name as its owner: enabled users of active organisations,
	 * by organisation then name, each with their organisation.
	 */
	public List<Owner> ownerPeople() {
		return owners.people().stream().map(p -> new Owner(p.id(), p.name(), p.organisationId())).toList();
	}

	/**
	 * A possible owner of an action.
	 *
	 * @param organisationId for a person, their organisation; null for an organisation
	 */
	public record Owner(UUID id, String name, UUID organisationId) {
	}

	/**
	 * A family's open plan.
	 *
	 * @param familyId the family
	 * @param startedOn the day it started: no action is due before it
	 * @param goals its goals, oldest first
	 */
	public record OpenPlan(UUID familyId, LocalDate startedOn, List<Goal> goals) {
	}

	/**
	 * A goal of a plan.
	 *
	 * @param id the goal
	 * @param text what it is
	 * @param needArea the need area it answers, in words
	 */
	public record Goal(UUID id, String text, String needArea) {
	}

	/**
	 * An action of a plan.
	 *
	 * @param id the action
	 * @param familyId the family whose plan it is of
	 * @param description what is to be done
	 * @param ownerOrganisationId the organisation that owns it
	 * @param ownerOrganisationName its name
	 * @param ownerUserName the person in it who owns it; null for the organisation
	 * @param dueOn when it is due
	 * @param status where it stands, in words
	 * @param done whether it is done
	 */
	public record Action(UUID id, UUID familyId, String description, UUID ownerOrganisationId,
			String ownerOrganisationName, String ownerUserName, LocalDate dueOn, String status, boolean done) {
	}

	/**
	 * A family whose plan review is due.
	 *
	 * @param familyId the family
	 * @param reference its reference
	 * @param reviewOn the day the review is due
	 */
	public record ReviewDue(UUID familyId, String reference, LocalDate reviewOn) {
	}

	/** An action that the plan refuses, with why in words. */
	public static class Refused extends RuntimeException {

		@Serial
		private static final long serialVersionUID = 1L;

		public Refused(String message) {
			super(message);
		}

	}

}
