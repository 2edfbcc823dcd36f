-- The outcomes report counts, for the plans closed in a period, each family's first assessment of
-- the family as a whole against its closing one. Computed from the assessments at each request,
-- that is a million score rows a year at a million families: seconds, not the 300 ms the report
-- must answer in. So each plan's part is worked out once, when it closes (when the transaction
-- that closes it commits, so that the closing assessment's scores are there whatever the order
-- they were written in), and added to counts by day of closing, locality and group; the report
-- sums the days of its period. Reopening a plan, or changing its closing day, locality or closing
-- assessment, takes its part away again and adds the new one.

-- A family's first assessment of the family as a whole (and its latest), read from the index alone.
create index plan_assessment_family_level on plan_assessment (family_id, assessed_on, created_at)
    include (id) where person_id is null;

-- Counts by day of closing, locality and group: a need area (key: its id), a headline outcome (key:
-- its name) or the locality as a whole (key ''), which alone counts the plans closed and the
-- families that improved in at least one need area. A family is compared when it has a first
-- assessment and a different closing one; in a headline outcome, or over the locality, its change
-- is the sum of its changes in the need areas counted there.
create table plan_outcome_day (
    closed_on    date not null,
    locality_id  uuid not null,
    dimension    text not null check (dimension in ('need_area', 'outcome', 'locality')),
    key          text not null,
    closed       bigint not null default 0,
    assessed     bigint not null default 0,
    improved     bigint not null default 0,
    same         bigint not null default 0,
    worse        bigint not null default 0,
    total        bigint not null default 0,
    any_improved bigint not null default 0,
    primary key (closed_on, dimension, locality_id, key)
);

-- Adds (sign 1) or takes away (sign -1) one closed plan's part.
create function plan_outcome_apply(p_family uuid, p_locality uuid, p_closed_on date, p_closing uuid,
                                   p_sign integer) returns void language plpgsql as $$
declare
    v_first   uuid;
    v_closing uuid;
begin
    select a.id into v_first from plan_assessment a
    where a.family_id = p_family and a.person_id is null
    order by a.assessed_on, a.created_at limit 1;
    v_closing := p_closing;
    if v_closing is null then
        select a.id into v_closing from plan_assessment a
        where a.family_id = p_family and a.person_id is null
        order by a.assessed_on desc, a.created_at desc limit 1;
    end if;
    with changes as (
        select s1.need_area_id, n.outcome, s2.score - s1.score as change
        from plan_assessment_score s1
        join plan_assessment_score s2 on s2.assessment_id = v_closing and s2.need_area_id = s1.need_area_id
        join plan_need_area n on n.id = s1.need_area_id
        where s1.assessment_id = v_first and v_first <> v_closing
    ), parts as (
        select 'need_area' as dimension, cast(c.need_area_id as text) as key, 0 as closed, 1 as assessed,
               c.change, false as any_improved
        from changes c
        union all
        select 'outcome', c.outcome, 0, 1, sum(c.change), false from changes c group by c.outcome
        union all
        select 'locality', '', 1, case when count(*) > 0 then 1 else 0 end, coalesce(sum(c.change), 0),
               coalesce(bool_or(c.change > 0), false)
        from changes c
    )
    insert into plan_outcome_day as d (closed_on, locality_id, dimension, key, closed, assessed, improved, same,
                                       worse, total, any_improved)
    select p_closed_on, p_locality, p.dimension, p.key, p_sign * p.closed, p_sign * p.assessed,
           p_sign * (case when p.assessed = 1 and p.change > 0 then 1 else 0 end),
           p_sign * (case when p.assessed = 1 and p.change = 0 then 1 else 0 end),
           p_sign * (case when p.assessed = 1 and p.change < 0 then 1 else 0 end),
           p_sign * p.change, p_sign * (case when p.any_improved then 1 else 0 end)
    from parts p
    on conflict (closed_on, dimension, locality_id, key) do update set
        closed = d.closed + excluded.closed, assessed = d.assessed + excluded.assessed,
        improved = d.improved + excluded.improved, same = d.same + excluded.same, worse = d.worse + excluded.worse,
        total = d.total + excluded.total, any_improved = d.any_improved + excluded.any_improved;
end $$;

create function plan_outcome_track() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.status = new.status and old.closed_on is not distinct from new.closed_on
            and old.locality_id = new.locality_id
            and old.closing_assessment_id is not distinct from new.closing_assessment_id then
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'closed' then
        perform plan_outcome_apply(old.family_id, old.locality_id, old.closed_on, old.closing_assessment_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status = 'closed' then
        perform plan_outcome_apply(new.family_id, new.locality_id, new.closed_on, new.closing_assessment_id, 1);
    end if;
    return null;
end $$;

create constraint trigger plan_outcome_on_change after insert or update or delete on plan_support_plan
    deferrable initially deferred for each row execute function plan_outcome_track();

-- The plans closed before this migration.
select plan_outcome_apply(p.family_id, p.locality_id, p.closed_on, p.closing_assessment_id, 1)
from plan_support_plan p where p.status = 'closed';
