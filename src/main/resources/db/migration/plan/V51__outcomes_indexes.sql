-- The outcomes report reads, for each plan closed in a period, the family's first assessment of the
-- family as a whole and its closing one, then their scores. These indexes let each step be read from
-- an index alone (once the table is vacuumed), so that a year across all localities stays within
-- 300 ms at a million families.

-- The plans closed in a period, with what the report needs of each.
create index plan_support_plan_closed_outcomes on plan_support_plan (closed_on)
    include (family_id, locality_id, closing_assessment_id) where status = 'closed';

-- A family's first (and latest) assessment of the family as a whole.
create index plan_assessment_family_level on plan_assessment (family_id, assessed_on, created_at)
    include (id) where person_id is null;

-- An assessment's scores, without reading the table.
create index plan_assessment_score_outcomes on plan_assessment_score (assessment_id, need_area_id)
    include (score);
