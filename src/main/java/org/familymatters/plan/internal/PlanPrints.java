package org.familymatters.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.ActionSubject;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.family.ActionRecord;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.Person;
import org.familymatters.shared.web.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a printed support plan holds, for each reader: the family (every goal and action
 * in plain words, the latest review and the next), or one agency (only its own actions
 * and their goals, the person each is about, and whom to ask). Every print asks the
 * access decision and is audited as {@link PlanAudit#PLAN_PRINTED}, its detail saying
 * which version.
 */
@Service
public class PlanPrints {

	/** Said of a person an agency's print may not name. */
	static final String SOMEONE = "Someone in the family";

	private final FamilyRecords records;

	private final SupportPlans plans;

	private final OwnerActions ownerActions;

	private final AccessDecision access;

	private final FamilyFacts facts;

	private final NeedAreas areas;

	private final Clock clock;

	PlanPrints(FamilyRecords records, SupportPlans plans, OwnerActions ownerActions, AccessDecision access,
			FamilyFacts facts, NeedAreas areas, Clock clock) {
		this.records = records;
		this.plans = plans;
		this.ownerActions = ownerActions;
		this.access = access;
		this.facts = facts;
		this.areas = areas;
		this.clock = clock;
	}

	/**
	 * The plan for the family, for those who may change the family (as the plan page);
	 * refused (403) and audited otherwise; not found (404) when it has no plan.
	 */
	@Transactional
	public PlanPrint forFamily(UUID familyId) {
		var view = records.view(familyId, PlanAudit.PLAN_PRINTED, true, "for the family");
		var plan = plans.of(familyId).orElseThrow(() -> new NotFound("support plan of family", familyId));
		var people = new LinkedHashMap<UUID, String>();
		view.people().forEach(p -> people.put(p.id(), p.fullName()));
		var goals = plan.goals()
			.stream()
			.map(g -> new SupportPlan.Goal(g.id(), g.needAreaId(), g.text(),
					g.actions().stream().map(PlanPrints::withoutNotes).toList()))
			.toList();
		var latest = plan.reviews().isEmpty() ? List.<SupportPlan.Review>of() : List.of(plan.reviews().get(0));
		return new PlanPrint(view.family().reference(), today(), null, copy(plan, goals, latest), labels(), people,
				List.of(), null);
	}

	/**
	 * The plan for one agency, printed by the family's support workers: only the actions
	 * the organisation owns, and their goals. Refused (403) and audited for anyone who
	 * may not change the family; not found (404) when the plan has no action of that
	 * organisation.
	 */
	@Transactional
	public PlanPrint forOrganisation(UUID familyId, UUID organisationId) {
		var view = records.view(familyId, PlanAudit.PLAN_PRINTED, true, "for organisation " + organisationId);
		var plan = plans.of(familyId).orElseThrow(() -> new NotFound("support plan of family", familyId));
		var actions = plan.actions().stream().filter(a -> a.ownerOrganisationId().equals(organisationId)).toList();
		if (actions.isEmpty()) {
			throw new NotFound("actions of organisation in the plan", organisationId);
		}
		var people = view.people();
		var about = new ArrayList<ActionRecord.AboutPerson>();
		for (var action : actions) {
			if (action.aboutPersonId() == null || about.stream().anyMatch(p -> p.id().equals(action.aboutPersonId()))) {
				continue;
			}
			people.stream()
				.filter(p -> p.id().equals(action.aboutPersonId()))
				.findFirst()
				.map(PlanPrints::aboutOf)
				.ifPresent(about::add);
		}
		return agencyPrint(familyId, view.family().reference(), plan, actions, about);
	}

	/**
	 * The plan for the owner of one of its actions (the ACTION basis): that action and
	 * the family's other actions the user may see, as {@link #forOrganisation} prints
	 * them. Refused (403, {@link org.familymatters.consent.ActionAccessRefused}) and
	 * audited unless the user may see the action; not found (404) when there is no such
	 * action.
	 */
	@Transactional
	public PlanPrint forOwner(UUID actionId) {
		var asked = ownerActions.find(actionId).orElseThrow(() -> new NotFound("action", actionId));
		var first = records.forAction(asked.subject(), PlanAudit.PLAN_PRINTED, false,
				"for organisation " + asked.ownerOrganisationId() + ", action " + actionId);
		var plan = plans.of(asked.familyId()).orElseThrow(() -> new NotFound("support plan of family", actionId));
		var others = plan.actions()
			.stream()
			.filter(a -> !a.id().equals(actionId) && a.ownerOrganisationId().equals(asked.ownerOrganisationId()))
			.toList();
		var decided = access.decideActions(others.stream().map(a -> subject(plan, a)).toList());
		var shown = new ArrayList<SupportPlan.Action>();
		var about = new ArrayList<ActionRecord.AboutPerson>();
		addAbout(about, first);
		for (var action : plan.actions()) {
			if (action.id().equals(actionId)) {
				shown.add(action);
				continue;
			}
			var decision = decided.get(action.id());
			if (decision == null || !decision.allowed()) {
				continue;
			}
			var record = records.forAction(subject(plan, action), PlanAudit.PLAN_PRINTED, false,
					"for organisation " + asked.ownerOrganisationId() + ", action " + action.id());
			addAbout(about, record);
			shown.add(action);
		}
		return agencyPrint(asked.familyId(), first.reference(), plan, shown, about);
	}

	private PlanPrint agencyPrint(UUID familyId, String reference, SupportPlan plan, List<SupportPlan.Action> actions,
			List<ActionRecord.AboutPerson> about) {
		var goals = new ArrayList<SupportPlan.Goal>();
		for (var goal : plan.goals()) {
			var own = actions.stream().filter(a -> a.goalId().equals(goal.id())).map(PlanPrints::withoutNotes).toList();
			if (!own.isEmpty()) {
				goals.add(new SupportPlan.Goal(goal.id(), goal.needAreaId(), goal.text(), own));
			}
		}
		var names = new LinkedHashMap<UUID, String>();
		for (var action : actions) {
			if (action.aboutPersonId() != null) {
				names.put(action.aboutPersonId(), SOMEONE);
			}
		}
		about.forEach(p -> names.put(p.id(), p.name()));
		var keyWorker = facts.keyWorker(familyId).map(c -> new ActionRecord.Contact(c.name(), c.email())).orElse(null);
		return new PlanPrint(reference, today(), actions.get(0).ownerOrganisationName(), copy(plan, goals, List.of()),
				labels(), names, List.copyOf(about), keyWorker);
	}

	private static void addAbout(List<ActionRecord.AboutPerson> about, ActionRecord record) {
		if (record.about() != null && about.stream().noneMatch(p -> p.id().equals(record.about().id()))) {
			about.add(record.about());
		}
	}

	private static ActionRecord.AboutPerson aboutOf(Person person) {
		return new ActionRecord.AboutPerson(person.id(), person.fullName(), person.dateOfBirth(), person.schoolYear());
	}

	private static ActionSubject subject(SupportPlan plan, SupportPlan.Action action) {
		return new ActionSubject(plan.familyId(), action.id(), action.ownerOrganisationId(), action.ownerUserId(),
				action.status().open(), action.aboutPersonId());
	}

	private static SupportPlan.Action withoutNotes(SupportPlan.Action a) {
		return new SupportPlan.Action(a.id(), a.goalId(), a.description(), a.aboutPersonId(), a.ownerOrganisationId(),
				a.ownerOrganisationName(), a.ownerUserId(), a.ownerUserName(), a.dueOn(), a.status(), a.statusReason(),
				a.overdue(), List.of());
	}

	private static SupportPlan copy(SupportPlan plan, List<SupportPlan.Goal> goals, List<SupportPlan.Review> reviews) {
		return new SupportPlan(plan.id(), plan.familyId(), plan.localityId(), plan.startedOn(), plan.status(),
				plan.nextReviewOn(), plan.closedOn(), plan.closedReason(), plan.closingAssessmentId(), plan.version(),
				goals, reviews);
	}

	private Map<UUID, String> labels() {
		var labels = new LinkedHashMap<UUID, String>();
		areas.byId().forEach((id, area) -> labels.put(id, area.label()));
		return labels;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * What one print holds.
	 *
	 * @param familyReference the family's reference
	 * @param printedOn the day it is printed
	 * @param organisationName the agency it is for; null for the family's print
	 * @param plan the plan with only what this reader may see (goals and actions without
	 * notes; the latest review only, and none for an agency)
	 * @param areaLabels need areas' words by id
	 * @param people names of the family's people shown, by id
	 * @param about the people the agency's actions are about (name, date of birth, school
	 * year); empty for the family's print
	 * @param keyWorker whom an agency asks; null for the family's print or without one
	 */
	public record PlanPrint(String familyReference, LocalDate printedOn, String organisationName, SupportPlan plan,
			Map<UUID, String> areaLabels, Map<UUID, String> people, List<ActionRecord.AboutPerson> about,
			ActionRecord.Contact keyWorker) {

		public boolean forAgency() {
			return organisationName != null;
		}

	}

}
