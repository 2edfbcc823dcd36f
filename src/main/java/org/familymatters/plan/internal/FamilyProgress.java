package org.familymatters.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.familymatters.consent.AccessDecision;
import org.familymatters.consent.FamilyFacts;
import org.familymatters.shared.web.NotFound;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family's distance travelled, for its support workers: asked of the access decision
 * and audited as {@code DISTANCE_TRAVELLED_VIEWED}; a refusal is audited too and answered
 * with 403. The arithmetic is {@link DistanceTravelled}'s.
 */
@Service
public class FamilyProgress {

	private final JdbcClient jdbc;

	private final FamilyFacts facts;

	private final AccessDecision access;

	private final NeedAreas needAreas;

	FamilyProgress(JdbcClient jdbc, FamilyFacts facts, AccessDecision access, NeedAreas needAreas) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.access = access;
		this.needAreas = needAreas;
	}

	/** The family's distance travelled, once the access decision allows it. */
	@Transactional
	public Progress of(UUID familyId) {
		var subject = facts.subject(familyId).orElseThrow(() -> new NotFound("family", familyId));
		access.require(subject, PlanAudit.DISTANCE_TRAVELLED_VIEWED, false);
		var family = facts.family(familyId).orElseThrow(() -> new NotFound("family", familyId));
		var names = new LinkedHashMap<UUID, String>();
		facts.people(familyId).forEach(m -> names.put(m.id(), m.name()));
		var assessments = assessments(familyId);
		var comparisons = DistanceTravelled.of(assessments, needAreas.all(), List.copyOf(names.keySet()));
		return new Progress(family.id(), family.reference(), assessments.size(), comparisons, names);
	}

	private List<DistanceTravelled.Assessment> assessments(UUID familyId) {
		var heads = new LinkedHashMap<UUID, Object[]>();
		var scores = new HashMap<UUID, Map<UUID, Integer>>();
		jdbc.sql("""
				select a.id, a.person_id, a.assessed_on,
				       row_number() over (order by a.assessed_on, a.created_at, a.id) as sequence,
				       s.need_area_id, s.score
				from plan_assessment a
				left join plan_assessment_score s on s.assessment_id = a.id
				where a.family_id = :family
				order by a.assessed_on, a.created_at, a.id
				""").param("family", familyId).query((RowCallbackHandler) rs -> {
			var id = rs.getObject("id", UUID.class);
			heads.putIfAbsent(id, new Object[] { rs.getObject("person_id", UUID.class),
					rs.getObject("assessed_on", LocalDate.class), rs.getLong("sequence") });
			var area = rs.getObject("need_area_id", UUID.class);
			var byArea = scores.computeIfAbsent(id, k -> new HashMap<>());
			if (area != null) {
				byArea.put(area, rs.getInt("score"));
			}
		});
		var assessments = new ArrayList<DistanceTravelled.Assessment>();
		heads.forEach((id, head) -> assessments.add(new DistanceTravelled.Assessment(id, (UUID) head[0],
				(LocalDate) head[1], (Long) head[2], scores.getOrDefault(id, Map.of()))));
		return assessments;
	}

	/**
	 * A family's distance travelled.
	 *
	 * @param familyId the family
	 * @param reference its reference
	 * @param assessments how many assessments it has, of the family and its people
	 * @param comparisons the family's, then each person's assessed twice or more
	 * @param names the names of the family's people, by id
	 */
	public record Progress(UUID familyId, String reference, int assessments,
			List<DistanceTravelled.Comparison> comparisons, Map<UUID, String> names) {

		public Progress {
			comparisons = List.copyOf(comparisons);
			names = Map.copyOf(names);
		}

		/** Who a comparison is of: "The family" or the person's name. */
		public String whom(DistanceTravelled.Comparison comparison) {
			return (comparison.personId() == null) ? "The family"
					: names.getOrDefault(comparison.personId(), "A person no longer in the family");
		}

	}

}
