package org.familymatters.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.familymatters.audit.AuditEntry;
import org.familymatters.audit.AuditTrail;
import org.familymatters.audit.Basis;
import org.familymatters.shared.privacy.DataSubject;
import org.familymatters.shared.privacy.PackageText;
import org.familymatters.shared.privacy.SubjectAccessField;
import org.familymatters.shared.privacy.SubjectAccessItem;
import org.familymatters.shared.privacy.SubjectAccessSection;
import org.familymatters.shared.privacy.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the support plans hold about a person, for their subject access package (section
 * "Support plans"): the plan of each of their families (by the family ids the officer
 * confirmed) — when it started, its status and reviews; its goals with their need areas;
 * the actions with the organisation that owns each (and the member of staff, who acts for
 * it), due date, status and notes; the assessments with their scores, notes and the
 * family's view. An action or an assessment about another person of the family (a child,
 * a partner) is redacted whole, saying so; those about the family as a whole or about the
 * person are shown. Who attended a review names other people and is redacted. Each plan
 * read is audited on its family as {@link PlanAudit#PLAN_SUBJECT_ACCESS_READ}, basis
 * ROLE, reference the request.
 */
@Component
public class PlanSubjectAccess implements SubjectAccessSource {

	/** The section's title. */
	public static final String TITLE = "Support plans";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PlanSubjectAccess(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	@Transactional
	public List<SubjectAccessSection> find(DataSubject subject) {
		if (subject.familyIds().isEmpty()) {
			return List.of();
		}
		var plans = jdbc.sql("""
				select id, family_id, started_on, status, next_review_on, closed_on, closed_reason
				from plan_support_plan where family_id in (:families) order by started_on, id
				""")
			.param("families", subject.familyIds())
			.query((rs, n) -> new Plan(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
					rs.getObject("started_on", LocalDate.class), rs.getString("status"),
					rs.getObject("next_review_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
					rs.getString("closed_reason")))
			.list();
		var items = new ArrayList<SubjectAccessItem>();
		for (var plan : plans) {
			items.add(planItem(plan));
			items.addAll(actions(plan, subject.personIds()));
			items.addAll(assessments(plan, subject.personIds()));
		}
		audit.recordAll(plans.stream()
			.map(p -> AuditEntry
				.allowed(PlanAudit.PLAN_SUBJECT_ACCESS_READ, "family", p.familyId(), Basis.ROLE,
						subject.requestId().toString())
				.withDetail("support plan " + p.id()))
			.toList());
		return items.isEmpty() ? List.of() : List.of(new SubjectAccessSection("plan", TITLE, items));
	}

	private SubjectAccessItem planItem(Plan plan) {
		var fields = new ArrayList<SubjectAccessField>();
		fields.add(SubjectAccessField.of("Started", PackageText.date(plan.startedOn())));
		fields.add(SubjectAccessField.of("Status", "closed".equals(plan.status()) ? "Closed" : "Open"));
		fields.add(SubjectAccessField.of("Next review", PackageText.date(plan.nextReviewOn())));
		fields.add(SubjectAccessField.of("Closed", PackageText.date(plan.closedOn())));
		fields.add(SubjectAccessField.of("Why it was closed", plan.closedReason()));
		jdbc.sql("""
				select a.label, g.text from plan_goal g join plan_need_area a on a.id = g.need_area_id
				where g.plan_id = :plan order by g.created_at, g.id
				""")
			.param("plan", plan.id())
			.query((rs, n) -> SubjectAccessField.of("Goal (" + rs.getString("label") + ")", rs.getString("text")))
			.list()
			.forEach(fields::add);
		jdbc.sql("""
				select reviewed_on, what_changed, next_review_on from plan_review where plan_id = :plan
				order by reviewed_on, created_at
				""").param("plan", plan.id()).query((rs, n) -> {
			var on = PackageText.date(rs.getObject("reviewed_on", LocalDate.class));
			return List.of(SubjectAccessField.of("Review on " + on + ": what changed", rs.getString("what_changed")),
					SubjectAccessField.redacted("Review on " + on + ": who attended"));
		}).list().forEach(fields::addAll);
		return new SubjectAccessItem("family", plan.familyId().toString(),
				"Your family's support plan, started " + PackageText.date(plan.startedOn()), shown(fields));
	}

	private List<SubjectAccessItem> actions(Plan plan, Set<UUID> them) {
		var actions = jdbc
			.sql("""
					select a.id, a.description, a.about_person_id, o.name as organisation, u.display_name as owner, a.due_on,
					       a.status, a.status_reason, n.label as need
					from plan_action a
					join identity_organisation o on o.id = a.owner_organisation_id
					left join identity_user u on u.id = a.owner_user_id
					join plan_goal g on g.id = a.goal_id
					join plan_need_area n on n.id = g.need_area_id
					where a.plan_id = :plan order by a.due_on, a.id
					""")
			.param("plan", plan.id())
			.query((rs, n) -> new Action(rs.getObject("id", UUID.class), rs.getString("description"),
					rs.getObject("about_person_id", UUID.class), rs.getString("organisation"), rs.getString("owner"),
					rs.getObject("due_on", LocalDate.class), rs.getString("status"), rs.getString("status_reason"),
					rs.getString("need")))
			.list();
		var items = new ArrayList<SubjectAccessItem>();
		for (var action : actions) {
			var fields = new ArrayList<SubjectAccessField>();
			fields.add(SubjectAccessField.of("Need", action.need()));
			fields.add(SubjectAccessField.of("Owned by", action.organisation()));
			fields.add(SubjectAccessField.of("Member of staff", action.owner()));
			fields.add(SubjectAccessField.of("Due", PackageText.date(action.dueOn())));
			fields.add(SubjectAccessField.of("Status",
					ActionStatus.ofCode(action.status()).map(ActionStatus::label).orElse(action.status())));
			boolean someoneElse = action.about() != null && !them.contains(action.about());
			if (someoneElse) {
				fields.add(SubjectAccessField.redacted("What the action is"));
				fields.add(SubjectAccessField.redacted("Notes"));
			}
			else {
				fields.add(SubjectAccessField.of("What the action is", action.description()));
				fields.add(SubjectAccessField.of("Why it cannot be done", action.statusReason()));
				notes(action.id()).forEach(fields::add);
			}
			items.add(new SubjectAccessItem("plan_action", action.id().toString(),
					someoneElse ? "An action about another person of your family" : "An action of the plan",
					shown(fields)));
		}
		return items;
	}

	private List<SubjectAccessField> notes(UUID actionId) {
		return jdbc.sql("""
				select n.written_at, u.display_name, n.text from plan_action_note n
				left join identity_user u on u.id = n.written_by
				where n.action_id = :action order by n.written_at, n.id
				""")
			.param("action", actionId)
			.query((rs,
					n) -> SubjectAccessField.of("Note by " + rs.getString("display_name") + ", "
							+ PackageText.dateTime(instant(rs.getTimestamp(1))), rs.getString("text")))
			.list();
	}

	private List<SubjectAccessItem> assessments(Plan plan, Set<UUID> them) {
		var assessments = jdbc.sql("""
				select id, person_id, assessed_on, kind from plan_assessment where family_id = :family
				order by assessed_on, created_at
				""")
			.param("family", plan.familyId())
			.query((rs, n) -> new Assessment(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
					rs.getObject("assessed_on", LocalDate.class), rs.getString("kind")))
			.list();
		var items = new ArrayList<SubjectAccessItem>();
		for (var assessment : assessments) {
			boolean someoneElse = assessment.person() != null && !them.contains(assessment.person());
			var heading = switch (assessment.kind()) {
				case "first" -> "First assessment";
				case "closing" -> "Closing assessment";
				default -> "Review assessment";
			} + ", " + PackageText.date(assessment.assessedOn()) + (someoneElse ? ", of another person of your family"
					: (assessment.person() != null) ? ", of you" : ", of the family");
			var fields = new ArrayList<SubjectAccessField>();
			if (someoneElse) {
				fields.add(SubjectAccessField.redacted("Scores and notes"));
			}
			else {
				jdbc.sql("""
						select a.label, s.score, s.note, s.family_view from plan_assessment_score s
						join plan_need_area a on a.id = s.need_area_id
						where s.assessment_id = :id order by a.position
						""").param("id", assessment.id()).query((rs, n) -> {
					var label = rs.getString("label");
					var shown = new ArrayList<SubjectAccessField>();
					shown.add(SubjectAccessField.of(label + ": score (1 in crisis, 5 no need of help)",
							Integer.toString(rs.getInt("score"))));
					shown.add(SubjectAccessField.of(label + ": note", rs.getString("note")));
					shown.add(SubjectAccessField.of(label + ": the family's view", rs.getString("family_view")));
					return shown;
				}).list().forEach(fields::addAll);
			}
			items.add(new SubjectAccessItem("plan_assessment", assessment.id().toString(), heading, shown(fields)));
		}
		return items;
	}

	private static List<SubjectAccessField> shown(List<SubjectAccessField> fields) {
		return fields.stream().filter(f -> f.isRedacted() || (f.value() != null && !f.value().isBlank())).toList();
	}

	private static Instant instant(Timestamp at) {
		return (at != null) ? at.toInstant() : null;
	}

	private record Plan(UUID id, UUID familyId, LocalDate startedOn, String status, LocalDate nextReviewOn,
			LocalDate closedOn, String closedReason) {
	}

	private record Action(UUID id, String description, UUID about, String organisation, String owner, LocalDate dueOn,
			String status, String statusReason, String need) {
	}

	private record Assessment(UUID id, UUID person, LocalDate assessedOn, String kind) {
	}

}
