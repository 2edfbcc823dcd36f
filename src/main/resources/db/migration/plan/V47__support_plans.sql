-- Needs assessments, support plans, their goals and each agency's actions, reviews and closing.
-- Personal and special category data: every read and change goes through the access decision
-- (ROLE for the family's support workers, ACTION for the owner of an open action) and is audited.

-- Reference data: the areas a family's needs are assessed in. Administrators add to them; each
-- maps to one headline outcome of the Supporting Families national outcomes framework, and may
-- name the directory's needs term a referral records, so that a first assessment can start from
-- the referral's needs.
create table plan_need_area (
    id                 uuid primary key,
    code               text not null check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    label              text not null check (btrim(label) <> ''),
    description        text not null default '',
    outcome            text not null check (outcome in ('GOOD_EDUCATION', 'EARLY_YEARS', 'HEALTH',
                           'SUBSTANCE_USE', 'FAMILY_RELATIONSHIPS', 'SAFE_FROM_ABUSE', 'CRIME', 'DOMESTIC_ABUSE',
                           'SECURE_HOUSING', 'FINANCIAL_STABILITY')),
    about_children     boolean not null default false,
    referral_need_code text,
    position           integer not null,
    active             boolean not null default true,
    created_at         timestamptz not null default now(),
    version            bigint not null default 0
);
create unique index plan_need_area_code_unique on plan_need_area (code);
create unique index plan_need_area_label_unique on plan_need_area (lower(label));

insert into plan_need_area (id, code, label, description, outcome, about_children, referral_need_code, position) values
    ('7d1a0000-0000-4000-8000-000000000001', 'money-and-debt', 'Money and debt',
     'Income, benefits, debt, budgeting and the cost of keeping in touch.', 'FINANCIAL_STABILITY', false, 'money-and-debt', 1),
    ('7d1a0000-0000-4000-8000-000000000002', 'housing', 'Housing',
     'A safe, settled home, and the risk of losing it.', 'SECURE_HOUSING', false, 'housing', 2),
    ('7d1a0000-0000-4000-8000-000000000003', 'physical-health', 'Physical health',
     'Health, and getting to the health services the family needs.', 'HEALTH', false, 'health', 3),
    ('7d1a0000-0000-4000-8000-000000000004', 'mental-health', 'Mental health',
     'Emotional and mental health of the adults and the children.', 'HEALTH', false, 'mental-health', 4),
    ('7d1a0000-0000-4000-8000-000000000005', 'substance-misuse', 'Substance misuse',
     'Drugs and alcohol, in the household or the person in custody.', 'SUBSTANCE_USE', false, 'substance-misuse', 5),
    ('7d1a0000-0000-4000-8000-000000000006', 'domestic-abuse', 'Domestic abuse',
     'Safety from domestic abuse, now and after release.', 'DOMESTIC_ABUSE', false, 'domestic-abuse', 6),
    ('7d1a0000-0000-4000-8000-000000000007', 'child-wellbeing', 'The child''s well-being and behaviour',
     'How the child is coping, at home and with others, and how they behave.', 'SAFE_FROM_ABUSE', true,
     'children-and-young-people', 7),
    ('7d1a0000-0000-4000-8000-000000000008', 'education', 'Education and school attendance',
     'Going to school, learning, and the school knowing what the child needs.', 'GOOD_EDUCATION', true, null, 8),
    ('7d1a0000-0000-4000-8000-000000000009', 'contact-in-custody', 'Contact with the person in custody',
     'Visits, calls and letters, and what stands in their way.', 'FAMILY_RELATIONSHIPS', false, 'prison-visits', 9),
    ('7d1a0000-0000-4000-8000-000000000010', 'stigma-and-isolation', 'Emotional impact, stigma and isolation',
     'Shame, isolation and being treated differently because of the offence.', 'HEALTH', false, 'stigma-and-isolation', 10),
    ('7d1a0000-0000-4000-8000-000000000011', 'employment-and-training', 'Employment and training',
     'Work, training and volunteering for the adults of the family.', 'FINANCIAL_STABILITY', false, null, 11),
    ('7d1a0000-0000-4000-8000-000000000012', 'justice-information', 'Information about the justice process',
     'Knowing what happens next: court, sentence, prison, release and licence.', 'CRIME', false,
     'advice-and-information', 12);

-- An assessment of the family, or of one person in it (a child, where relevant). Each is kept
-- and dated; the first may start from the needs a referral recorded; the closing one is taken
-- when the family's plan is closed.
create table plan_assessment (
    id                uuid primary key,
    family_id         uuid not null references family (id),
    person_id         uuid references person (id),
    assessed_on       date not null,
    kind              text not null check (kind in ('first', 'review', 'closing')),
    from_referral_id  uuid references referral (id),
    assessed_by       uuid not null references user_account (id),
    created_at        timestamptz not null default now()
);
create index plan_assessment_family on plan_assessment (family_id, assessed_on, created_at);

-- One need area of an assessment: a score on our own five-point scale (1 = in crisis, 5 = no
-- need of help), a note, and the family's own view in their words.
create table plan_assessment_score (
    assessment_id uuid not null references plan_assessment (id) on delete cascade,
    need_area_id  uuid not null references plan_need_area (id),
    score         smallint not null check (score between 1 and 5),
    note          text,
    family_view   text,
    primary key (assessment_id, need_area_id)
);
create index plan_assessment_score_area on plan_assessment_score (need_area_id);

-- A family's support plan: one per family, started on a day, closed with a reason. It keeps the
-- family's locality (set when started, and again when closed) for the outcomes report.
create table plan_support_plan (
    id             uuid primary key,
    family_id      uuid not null references family (id),
    locality_id    uuid not null references locality (id),
    started_on     date not null,
    status         text not null default 'open' check (status in ('open', 'closed')),
    next_review_on date,
    closed_on      date,
    closed_reason  text,
    closing_assessment_id uuid references plan_assessment (id),
    created_by     uuid not null references user_account (id),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint not null default 0,
    constraint plan_closed_has_reason check (status <> 'closed'
        or (closed_on is not null and btrim(coalesce(closed_reason, '')) <> ''))
);
create unique index plan_support_plan_family on plan_support_plan (family_id);
create index plan_support_plan_review on plan_support_plan (next_review_on) where status = 'open';
create index plan_support_plan_closed on plan_support_plan (closed_on, locality_id) where status = 'closed';

-- A goal of the plan, linked to the need it answers.
create table plan_goal (
    id           uuid primary key,
    plan_id      uuid not null references plan_support_plan (id),
    need_area_id uuid not null references plan_need_area (id),
    text         text not null check (btrim(text) <> ''),
    created_at   timestamptz not null default now()
);
create index plan_goal_plan on plan_goal (plan_id, created_at);

-- An action of a goal, owned by an organisation (and optionally a person in it). Its owner sees
-- the action and the minimum of the family's record needed to do it while the action is open.
create table plan_action (
    id                    uuid primary key,
    plan_id               uuid not null references plan_support_plan (id),
    goal_id               uuid not null references plan_goal (id),
    family_id             uuid not null references family (id),
    description           text not null check (btrim(description) <> ''),
    about_person_id       uuid references person (id),
    owner_organisation_id uuid not null references organisation (id),
    owner_user_id         uuid references user_account (id),
    due_on                date not null,
    status                text not null default 'not_started'
                              check (status in ('not_started', 'in_progress', 'done', 'cannot_be_done')),
    status_reason         text,
    assigned_at           timestamptz not null default now(),
    overdue_notified_on   date,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    version               bigint not null default 0,
    constraint plan_action_cannot_has_reason check (status <> 'cannot_be_done'
        or btrim(coalesce(status_reason, '')) <> '')
);
create index plan_action_plan on plan_action (plan_id, due_on);
create index plan_action_owner_open on plan_action (owner_organisation_id, due_on)
    where status in ('not_started', 'in_progress');
create index plan_action_family on plan_action (family_id);
create index plan_action_overdue on plan_action (due_on)
    where status in ('not_started', 'in_progress') and overdue_notified_on is null;

-- What happened to an action: status changes, notes by its owner, reassignments.
create table plan_action_note (
    id          uuid primary key,
    action_id   uuid not null references plan_action (id),
    written_by  uuid not null references user_account (id),
    written_at  timestamptz not null default now(),
    status      text check (status in ('not_started', 'in_progress', 'done', 'cannot_be_done')),
    text        text not null check (btrim(text) <> '')
);
create index plan_action_note_action on plan_action_note (action_id, written_at);

-- A review of the plan: when, who attended, what changed, and when the next one is due.
create table plan_review (
    id             uuid primary key,
    plan_id        uuid not null references plan_support_plan (id),
    reviewed_on    date not null,
    attended       text not null check (btrim(attended) <> ''),
    what_changed   text not null check (btrim(what_changed) <> ''),
    next_review_on date,
    recorded_by    uuid not null references user_account (id),
    created_at     timestamptz not null default now()
);
create index plan_review_plan on plan_review (plan_id, reviewed_on);

-- The e-mails owners are sent about actions, each once: assigned (to each owner it is given to)
-- and overdue (once per due date).
create table plan_action_mail (
    action_id    uuid not null references plan_action (id),
    kind         text not null check (kind in ('assigned', 'overdue')),
    recipient_id uuid not null references user_account (id),
    about        text not null,
    sent_at      timestamptz not null default now(),
    primary key (action_id, kind, recipient_id, about)
);
