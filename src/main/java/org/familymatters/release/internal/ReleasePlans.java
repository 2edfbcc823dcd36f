package org.familymatters.release.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.consent.Access;
import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.FamilyAccessRefused;
import org.familymatters.consent.InformationKind;
import org.familymatters.family.CustodyEpisode;
import org.familymatters.family.FamilyRecords;
import org.familymatters.family.FamilyRole;
import org.familymatters.family.FamilyView;
import org.familymatters.family.Person;
import org.familymatters.plan.PlanActions;
import org.familymatters.shared.StaleSave;
import org.familymatters.shared.security.CurrentUser;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A custody episode's release plan. The family is read through the family module and the
 * access decision, audited with its basis:
 * <ul>
 * <li>the family's support workers (its locality's, and its key worker) see and change
 * it: RELEASE_PLAN_VIEWED, RELEASE_PLAN_STARTED, RELEASE_PLAN_CHANGED (the section in the
 * detail), RELEASE_ACTION_ADDED;</li>
 * <li>an agency practitioner or safeguarding lead whose consent or approval covers
 * custody details reads it (RELEASE_PLAN_VIEWED, basis CONSENT or SAFEGUARDING): the
 * address, the family's view and the adults' names only when it covers who they are too,
 * and not the plan's actions (their owners reach them through their own actions);</li>
 * <li>anyone else is refused and the refusal audited, also a school, and an agency whose
 * consent does not cover custody details (reference {@code CUSTODY_NOT_COVERED}).</li>
 * </ul>
 * A plan is started only within {@link ReleaseWindow}; every change carries the plan's
 * version and a change made from an older one is refused with {@link StaleSave}, nothing
 * saved.
 */
@Service
public class ReleasePlans {

	/** The basis reference of a refusal to an agency whose sharing leaves out custody. */
	public static final String CUSTODY_NOT_COVERED = "CUSTODY_NOT_COVERED";

	private final JdbcClient jdbc;

	private final FamilyRecords records;

	private final AccessDecision access;

	private final PlanActions actions;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final TransactionTemplate separately;

	ReleasePlans(JdbcClient jdbc, FamilyRecords records, AccessDecision access, PlanActions actions, AuditTrail audit,
			CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.records = records;
		this.access = access;
		this.actions = actions;
		this.audit = audit;
		this.currentUser = currentUser;
		this.clock = clock;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The release plan page as the signed-in user may see it (audited as
	 * RELEASE_PLAN_VIEWED); refused (403) and audited unless they may change the family
	 * or their sharing covers custody details; not found (404) when the family has no
	 * such episode.
	 */
	@Transactional
	public Page page(UUID familyId, UUID episodeId) {
		requireReadable(familyId);
		var view = records.view(familyId, ReleaseAudit.RELEASE_PLAN_VIEWED, false, "episode " + episodeId);
		return page(view, episodeId);
	}

	/**
	 * The page for someone about to change the plan: refused (403) and audited unless
	 * they may change the family.
	 */
	@Transactional
	public Page forChange(UUID familyId, UUID episodeId) {
		var view = records.view(familyId, ReleaseAudit.RELEASE_PLAN_VIEWED, true, "episode " + episodeId);
		return page(view, episodeId);
	}

	/**
	 * Starts the episode's release plan today, when {@link ReleaseWindow} allows; returns
	 * why not otherwise, nothing saved. Refused (403) unless the user may change the
	 * family; a plan already started is a stale save.
	 */
	@Transactional
	public ReleaseWindow.Verdict start(UUID familyId, UUID episodeId) {
		var view = records.view(familyId, ReleaseAudit.RELEASE_PLAN_VIEWED, true, "episode " + episodeId);
		var episode = episode(view, episodeId);
		var today = LocalDate.now(clock);
		var verdict = ReleaseWindow.forStart(episode.expectedReleaseOn(), episode.releasedOn(), today);
		if (verdict != ReleaseWindow.Verdict.OPEN) {
			return verdict;
		}
		int added = jdbc.sql("""
				insert into release_plan (id, episode_id, family_id, person_id, started_on, started_by, updated_at,
				                          updated_by)
				values (:id, :episode, :family, :person, :today, :by, :now, :by)
				on conflict (episode_id) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("episode", episodeId)
			.param("family", familyId)
			.param("person", episode.personId())
			.param("today", today)
			.param("by", currentUser.get().id())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (added == 0) {
			throw new StaleSave("release plan of episode", episodeId);
		}
		record(view, ReleaseAudit.RELEASE_PLAN_STARTED, familyId,
				"episode " + episodeId + ", expected release " + episode.expectedReleaseOn());
		return verdict;
	}

	/** Where the person will live, and whether the children live there. */
	@Transactional
	public void changeWhere(UUID familyId, UUID episodeId, long version, Where where) {
		var plan = claim(familyId, episodeId, version, "where they will live").planId();
		var address = (where.address() != null) ? where.address() : new ReleasePlan.Address(null, null, null, null);
		jdbc.sql("""
				update release_plan set living = :living, address_line_1 = :line1, address_line_2 = :line2,
				       town = :town, postcode = :postcode, children_live_there = :children
				where id = :id
				""")
			.param("living", where.living().code())
			.param("line1", address.line1())
			.param("line2", address.line2())
			.param("town", address.town())
			.param("postcode", address.postcode())
			.param("children", (where.childrenLiveThere() != null) ? where.childrenLiveThere().code() : null)
			.param("id", plan)
			.update();
	}

	/**
	 * The family's view in their words, and each adult's answer (the answers given
	 * replace those kept). Each person must be an adult of the family.
	 */
	@Transactional
	public void changeFamilyView(UUID familyId, UUID episodeId, long version, String familyView,
			List<ReleasePlan.Agreement> agreements) {
		var claimed = claim(familyId, episodeId, version, "the family's view");
		var adults = adults(claimed.view(), episode(claimed.view(), episodeId)).stream().map(Person::id).toList();
		if (agreements.stream().anyMatch(a -> !adults.contains(a.personId()))) {
			throw new IllegalArgumentException("An answer is not of an adult of the family");
		}
		var plan = claimed.planId();
		jdbc.sql("update release_plan set family_view = :text where id = :id")
			.param("text", familyView)
			.param("id", plan)
			.update();
		jdbc.sql("delete from release_plan_agreement where plan_id = :id").param("id", plan).update();
		for (var agreement : agreements) {
			jdbc.sql("""
					insert into release_plan_agreement (plan_id, person_id, answer, note)
					values (:plan, :person, :answer, :note)
					""")
				.param("plan", plan)
				.param("person", agreement.personId())
				.param("answer", agreement.answer().code())
				.param("note", agreement.note())
				.update();
		}
	}

	/** Contact with probation. */
	@Transactional
	public void changeProbation(UUID familyId, UUID episodeId, long version, ReleasePlan.Probation probation) {
		var plan = claim(familyId, episodeId, version, "contact with probation").planId();
		jdbc.sql("""
				update release_plan set probation_organisation_id = :organisation, probation_practitioner = :name,
				       probation_contact = :contact
				where id = :id
				""")
			.param("organisation", probation.organisationId())
			.param("name", probation.practitioner())
			.param("contact", probation.contact())
			.param("id", plan)
			.update();
	}

	/** Benefits and ID on release. */
	@Transactional
	public void changeMoney(UUID familyId, UUID episodeId, long version, Arrangement benefits,
			Arrangement identityDocuments, String note) {
		var plan = claim(familyId, episodeId, version, "benefits and ID").planId();
		jdbc.sql("""
				update release_plan set benefits = :benefits, identity_documents = :documents, money_note = :note
				where id = :id
				""")
			.param("benefits", benefits.code())
			.param("documents", identityDocuments.code())
			.param("note", note)
			.param("id", plan)
			.update();
	}

	/** The release-day plan. */
	@Transactional
	public void changeReleaseDay(UUID familyId, UUID episodeId, long version, ReleasePlan.ReleaseDay day) {
		var plan = claim(familyId, episodeId, version, "the release-day plan").planId();
		jdbc.sql("""
				update release_plan set met_by = :metBy, travel = :travel, first_appointments = :appointments
				where id = :id
				""")
			.param("metBy", day.metBy())
			.param("travel", day.travel())
			.param("appointments", day.firstAppointments())
			.param("id", plan)
			.update();
	}

	/**
	 * The family's open support plan and its goals, for adding a release action (audited
	 * by the plan module as a view of the plan); empty when it has none.
	 */
	@Transactional
	public Optional<PlanActions.OpenPlan> openPlan(UUID familyId) {
		return actions.openPlan(familyId, "goals for a release action");
	}

	/**
	 * Adds a release action to the goal of the family's open support plan, through the
	 * plan module (its checks, ACTION_ADDED, the e-mail to its owner, the overdue
	 * reminders), and keeps it with the release plan; returns its id.
	 * @throws PlanActions.Refused when the plan refuses it (no open plan, a rule broken)
	 */
	@Transactional
	public UUID addAction(UUID familyId, UUID episodeId, NewAction action) {
		var view = records.view(familyId, ReleaseAudit.RELEASE_PLAN_VIEWED, true, "episode " + episodeId);
		var episode = episode(view, episodeId);
		var plan = planOf(episodeId).orElseThrow(() -> new NotFound("release plan of episode", episodeId));
		var id = actions.add(familyId, action.goalId(), action.description(), action.ownerOrganisationId(),
				action.ownerUserId(), action.dueOn(),
				"release planning, for the release expected on " + episode.expectedReleaseOn());
		jdbc.sql("""
				insert into release_plan_action (plan_id, plan_action_id, added_by, added_at)
				values (:plan, :action, :by, :now)
				""")
			.param("plan", plan.id())
			.param("action", id)
			.param("by", currentUser.get().id())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		record(view, ReleaseAudit.RELEASE_ACTION_ADDED, familyId, "episode " + episodeId + ", action " + id);
		return id;
	}

	/** Which of these episodes have a release plan. */
	@Transactional(readOnly = true)
	public Set<UUID> planned(List<UUID> episodeIds) {
		if (episodeIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select episode_id from release_plan where episode_id in (:ids)")
			.param("ids", episodeIds)
			.query(UUID.class)
			.list());
	}

	/**
	 * Whether the signed-in user may read release plans of the family: those who may
	 * change it, and agencies whose sharing covers custody details for the whole family.
	 */
	public static boolean reads(Access access) {
		return access.mayChange() || (access.sees(InformationKind.CUSTODY) && access.onlyPeople() == null);
	}

	/**
	 * Refuses, with the refusal audited, someone the access decision lets see the family
	 * but whose sharing does not cover custody details (a school, consent to other kinds
	 * only). Others are decided, and audited, by the family's read itself.
	 */
	private void requireReadable(UUID familyId) {
		var subject = records.subjects(List.of(familyId)).get(familyId);
		if (subject == null) {
			throw new NotFound("family", familyId);
		}
		var decided = access.decide(subject, LocalDate.now(clock));
		if (decided.allowed() && !reads(decided)) {
			var entry = AuditEntry
				.refused(ReleaseAudit.RELEASE_PLAN_VIEWED, "family", familyId, decided.basis(), CUSTODY_NOT_COVERED)
				.withDetail("sharing covers " + decided.kinds() + ", not custody details for the whole family");
			separately.executeWithoutResult(status -> audit.record(entry));
			throw new FamilyAccessRefused(familyId,
					new Access(false, decided.basis(), CUSTODY_NOT_COVERED, Set.of(), null, false), false);
		}
	}

	private Page page(FamilyView view, UUID episodeId) {
		var episode = episode(view, episodeId);
		var today = LocalDate.now(clock);
		var plan = planOf(episodeId).orElse(null);
		var person = view.people().stream().filter(p -> p.id().equals(episode.personId())).findFirst().orElse(null);
		List<PlanActions.Action> shown = List.of();
		if (plan != null && view.access().mayChange()) {
			shown = List.copyOf(actions.actions(plan.actionIds()).values());
		}
		return new Page(view, episode, (person != null) ? person.fullName() : null,
				ReleaseWindow.forStart(episode.expectedReleaseOn(), episode.releasedOn(), today),
				(episode.expectedReleaseOn() != null) ? ReleaseWindow.opensOn(episode.expectedReleaseOn()) : null, plan,
				adults(view, episode), shown);
	}

	/** The family's adults other than the person in custody, as the user may see them. */
	private static List<Person> adults(FamilyView view, CustodyEpisode episode) {
		return view.people()
			.stream()
			.filter(p -> p.role() != FamilyRole.CHILD && !p.id().equals(episode.personId()))
			.toList();
	}

	private static CustodyEpisode episode(FamilyView view, UUID episodeId) {
		return view.custody()
			.stream()
			.filter(c -> c.id().equals(episodeId))
			.findFirst()
			.orElseThrow(() -> new NotFound("custody episode", episodeId));
	}

	/**
	 * Moves the plan's version on from {@code version}, refusing (403, audited) those who
	 * may not change the family and refusing as stale a save made from an older version;
	 * the change is audited as RELEASE_PLAN_CHANGED with the section.
	 */
	private Claimed claim(UUID familyId, UUID episodeId, long version, String section) {
		var view = records.view(familyId, ReleaseAudit.RELEASE_PLAN_CHANGED, true, section);
		episode(view, episodeId);
		var plan = planOf(episodeId).orElseThrow(() -> new NotFound("release plan of episode", episodeId));
		var id = jdbc.sql("""
				update release_plan set version = version + 1, updated_at = :now, updated_by = :by
				where id = :id and version = :version
				returning id
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("by", currentUser.get().id())
			.param("id", plan.id())
			.param("version", version)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new StaleSave("release plan", plan.id()));
		return new Claimed(view, id);
	}

	private void record(FamilyView view, ReleaseAudit action, UUID familyId, String detail) {
		audit.record(AuditEntry.allowed(action, "family", familyId, view.access().basis(), view.access().reference())
			.withDetail(detail));
	}

	/** The episode's plan, if one was started. */
	private Optional<ReleasePlan> planOf(UUID episodeId) {
		return jdbc.sql("""
				select r.*, o.name as probation_name, s.display_name as started_by_name,
				       u.display_name as updated_by_name
				from release_plan r
				left join identity_organisation o on o.id = r.probation_organisation_id
				left join identity_user s on s.id = r.started_by
				left join identity_user u on u.id = r.updated_by
				where r.episode_id = :episode
				""").param("episode", episodeId).query((rs, n) -> plan(rs)).optional().map(this::withParts);
	}

	private ReleasePlan withParts(ReleasePlan plan) {
		var agreements = new LinkedHashMap<UUID, ReleasePlan.Agreement>();
		jdbc.sql("select person_id, answer, note from release_plan_agreement where plan_id = :id")
			.param("id", plan.id())
			.query((RowCallbackHandler) rs -> agreements.put(rs.getObject("person_id", UUID.class),
					new ReleasePlan.Agreement(rs.getObject("person_id", UUID.class),
							AdultAgreement.ofCode(rs.getString("answer")), rs.getString("note"))));
		var actionIds = new ArrayList<>(jdbc
			.sql("select plan_action_id from release_plan_action where plan_id = :id order by added_at, plan_action_id")
			.param("id", plan.id())
			.query(UUID.class)
			.list());
		return new ReleasePlan(plan.id(), plan.episodeId(), plan.familyId(), plan.personId(), plan.startedOn(),
				plan.startedByName(), plan.living(), plan.address(), plan.childrenLiveThere(), plan.familyView(),
				Map.copyOf(agreements), plan.probation(), plan.benefits(), plan.identityDocuments(), plan.moneyNote(),
				plan.releaseDay(), List.copyOf(actionIds), plan.updatedAt(), plan.updatedByName(), plan.version());
	}

	private static ReleasePlan plan(ResultSet rs) throws SQLException {
		var living = rs.getString("living");
		var children = rs.getString("children_live_there");
		var benefits = rs.getString("benefits");
		var documents = rs.getString("identity_documents");
		var address = (rs.getString("address_line_1") != null) ? new ReleasePlan.Address(rs.getString("address_line_1"),
				rs.getString("address_line_2"), rs.getString("town"), rs.getString("postcode")) : null;
		return new ReleasePlan(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
				rs.getObject("family_id", UUID.class), rs.getObject("person_id", UUID.class),
				rs.getDate("started_on").toLocalDate(), rs.getString("started_by_name"),
				(living != null) ? Living.ofCode(living) : null, address,
				(children != null) ? ChildrenLiving.ofCode(children) : null, rs.getString("family_view"), Map.of(),
				new ReleasePlan.Probation(rs.getObject("probation_organisation_id", UUID.class),
						rs.getString("probation_name"), rs.getString("probation_practitioner"),
						rs.getString("probation_contact")),
				(benefits != null) ? Arrangement.ofCode(benefits) : null,
				(documents != null) ? Arrangement.ofCode(documents) : null, rs.getString("money_note"),
				new ReleasePlan.ReleaseDay(rs.getString("met_by"), rs.getString("travel"),
						rs.getString("first_appointments")),
				List.of(), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by_name"),
				rs.getLong("version"));
	}

	private record Claimed(FamilyView view, UUID planId) {
	}

	/**
	 * Where the person will live.
	 *
	 * @param living where
	 * @param address the address, for another address only
	 * @param childrenLiveThere whether the children live there; null where it cannot be
	 * asked (approved premises, no fixed abode)
	 */
	public record Where(Living living, ReleasePlan.Address address, ChildrenLiving childrenLiveThere) {
	}

	/** A release action, as the form gives it. */
	public record NewAction(UUID goalId, String description, UUID ownerOrganisationId, UUID ownerUserId,
			LocalDate dueOn) {
	}

	/**
	 * The release plan page: the family as the user may see it, the episode, the plan if
	 * started, and whether it may be started.
	 *
	 * @param view the family as the user may see it
	 * @param episode the custody episode
	 * @param personName the person in custody, when the user may see who they are
	 * @param verdict whether a plan may be started today
	 * @param opensOn the first day it may be started; null with no expected release date
	 * @param plan the plan; null until started
	 * @param adults the family's adults other than the person in custody, as the user may
	 * see them
	 * @param actions the plan's actions with their status, for those who may change the
	 * family
	 */
	public record Page(FamilyView view, CustodyEpisode episode, String personName, ReleaseWindow.Verdict verdict,
			LocalDate opensOn, ReleasePlan plan, List<Person> adults, List<PlanActions.Action> actions) {

		public boolean mayChange() {
			return view.access().mayChange();
		}

		/** Whether the address, the family's view and the adults' names are shown. */
		public boolean showsFamily() {
			return view.access().onlyPeople() == null && view.access().sees(InformationKind.IDENTITY);
		}

	}

}
