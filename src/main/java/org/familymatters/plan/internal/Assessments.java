package org.familymatters.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.familymatters.family.FamilyRecords;
import org.familymatters.family.Person;
import org.familymatters.shared.security.CurrentUser;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's needs assessments: each kept and dated, the first one {@code first}, later
 * ones {@code review}, the one taken when the plan is closed {@code closing}. Recording
 * one asks the access decision (ASSESSMENT_RECORDED); the pages that show them ask it
 * themselves (ASSESSMENT_VIEWED).
 */
@Service
public class Assessments {

	private final JdbcClient jdbc;

	private final PlanAccess access;

	private final FamilyRecords records;

	private final NeedAreas areas;

	private final CurrentUser currentUser;

	private final Clock clock;

	Assessments(JdbcClient jdbc, PlanAccess access, FamilyRecords records, NeedAreas areas, CurrentUser currentUser,
			Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.records = records;
		this.areas = areas;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Records an assessment ({@code first} or {@code review}); returns its id. */
	@Transactional
	public UUID record(UUID familyId, Assessment.New assessment, List<Person> people) {
		access.requireChange(familyId, PlanAudit.ASSESSMENT_RECORDED);
		return insert(familyId, assessment, exists(familyId) ? "review" : "first", people);
	}

	/** Records the closing assessment, in the transaction that closes the plan. */
	@Transactional
	UUID recordClosing(UUID familyId, Assessment.New assessment, List<Person> people) {
		access.requireChange(familyId, PlanAudit.ASSESSMENT_RECORDED, "closing");
		return insert(familyId, assessment, "closing", people);
	}

	private UUID insert(UUID familyId, Assessment.New assessment, String kind, List<Person> people) {
		check(familyId, assessment, people);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_assessment (id, family_id, person_id, assessed_on, kind, from_referral_id, assessed_by,
				                             created_at)
				values (:id, :family, :person, :on, :kind, :referral, :by, :now)
				""")
			.param("id", id)
			.param("family", familyId)
			.param("person", assessment.personId())
			.param("on", assessment.assessedOn())
			.param("kind", kind)
			.param("referral", "first".equals(kind) ? assessment.fromReferralId() : null)
			.param("by", currentUser.get().id())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
		for (var score : assessment.scores()) {
			jdbc.sql("""
					insert into plan_assessment_score (assessment_id, need_area_id, score, note, family_view)
					values (:id, :area, :score, :note, :view)
					""")
				.param("id", id)
				.param("area", score.needAreaId())
				.param("score", score.score().points())
				.param("note", score.note())
				.param("view", score.familyView())
				.update();
		}
		return id;
	}

	private void check(UUID familyId, Assessment.New assessment, List<Person> people) {
		var today = LocalDate.now(clock);
		var started = records.startedOn(familyId).orElse(LocalDate.MIN);
		if (assessment.assessedOn() == null || assessment.assessedOn().isAfter(today)
				|| assessment.assessedOn().isBefore(started)) {
			throw new PlanRuleBroken("An assessment is dated between the family's start and today");
		}
		if (assessment.personId() != null && people.stream().noneMatch(p -> p.id().equals(assessment.personId()))) {
			throw new PlanRuleBroken("The person assessed is not in the family");
		}
		var active = areas.active().stream().map(NeedArea::id).toList();
		if (assessment.scores().isEmpty()
				|| assessment.scores().stream().anyMatch(s -> !active.contains(s.needAreaId()) || s.score() == null)) {
			throw new PlanRuleBroken("An assessment scores at least one active need area");
		}
	}

	/** Whether the family has any assessment yet. */
	@Transactional(readOnly = true)
	public boolean exists(UUID familyId) {
		return jdbc.sql("select exists (select 1 from plan_assessment where family_id = :family)")
			.param("family", familyId)
			.query(Boolean.class)
			.single();
	}

	/** The family's assessments, newest first, with their scores. */
	@Transactional(readOnly = true)
	public List<Assessment> of(UUID familyId) {
		var scores = new HashMap<UUID, List<Assessment.AreaScore>>();
		jdbc.sql("""
				select s.assessment_id, s.need_area_id, s.score, s.note, s.family_view
				from plan_assessment_score s join plan_assessment a on a.id = s.assessment_id
				join plan_need_area n on n.id = s.need_area_id
				where a.family_id = :family order by n.position
				""")
			.param("family", familyId)
			.query((RowCallbackHandler) rs -> scores
				.computeIfAbsent(rs.getObject("assessment_id", UUID.class), k -> new ArrayList<>())
				.add(new Assessment.AreaScore(rs.getObject("need_area_id", UUID.class), Score.of(rs.getInt("score")),
						rs.getString("note"), rs.getString("family_view"))));
		return jdbc.sql("""
				select a.id, a.family_id, a.person_id, a.assessed_on, a.kind, a.from_referral_id, u.display_name
				from plan_assessment a left join identity_user u on u.id = a.assessed_by
				where a.family_id = :family order by a.assessed_on desc, a.created_at desc
				""")
			.param("family", familyId)
			.query((rs, n) -> new Assessment(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
					rs.getObject("person_id", UUID.class), rs.getDate("assessed_on").toLocalDate(),
					rs.getString("kind"), rs.getObject("from_referral_id", UUID.class), rs.getString("display_name"),
					scores.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	/** One assessment of the family. */
	@Transactional(readOnly = true)
	public Optional<Assessment> find(UUID familyId, UUID assessmentId) {
		return of(familyId).stream().filter(a -> a.id().equals(assessmentId)).findFirst();
	}

	/** How many assessments each of these families has. */
	Map<UUID, Integer> counts(List<UUID> familyIds) {
		var counts = new HashMap<UUID, Integer>();
		jdbc.sql(
				"select family_id, count(*) as n from plan_assessment where family_id = any(cast(:ids as uuid[])) group by family_id")
			.param("ids", familyIds.stream().map(UUID::toString).toArray(String[]::new))
			.query((RowCallbackHandler) rs -> counts.put(rs.getObject("family_id", UUID.class), rs.getInt("n")));
		return counts;
	}

}
