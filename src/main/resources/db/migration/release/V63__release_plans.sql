-- Release planning for a custody episode (issue 15, item 3): one plan per episode, started by a
-- support worker who may change the family no earlier than 12 weeks before the expected release.
-- Each section is kept in the plan's own columns and changed on its own page; the version refuses
-- a save made from an older form. The plan's actions are support plan actions (plan_action);
-- release_plan_action keeps which of them the release plan added.

create table release_plan (
    id                        uuid primary key,
    episode_id                uuid not null unique references custody_episode (id),
    family_id                 uuid not null references family (id),
    person_id                 uuid not null references person (id),
    started_on                date not null,
    started_by                uuid not null references user_account (id),
    -- Where the person will live, and whether the children live there.
    living                    text check (living in ('family_home', 'other_address', 'approved_premises',
                                                     'no_fixed_abode')),
    address_line_1            text,
    address_line_2            text,
    town                      text,
    postcode                  text,
    children_live_there       text check (children_live_there in ('yes', 'no', 'some')),
    -- The family's view, in their words (each adult's agreement in release_plan_agreement).
    family_view               text,
    -- Contact with probation.
    probation_organisation_id uuid references organisation (id),
    probation_practitioner    text,
    probation_contact         text,
    -- Benefits and ID on release.
    benefits                  text check (benefits in ('arranged', 'not_yet', 'not_needed')),
    identity_documents        text check (identity_documents in ('arranged', 'not_yet', 'not_needed')),
    money_note                text,
    -- The release-day plan.
    met_by                    text,
    travel                    text,
    first_appointments        text,
    updated_at                timestamptz not null default now(),
    updated_by                uuid references user_account (id),
    version                   bigint not null default 0,
    constraint release_plan_other_address check (living is distinct from 'other_address'
        or btrim(coalesce(address_line_1, '')) <> '')
);
create index release_plan_family on release_plan (family_id);

create table release_plan_agreement (
    plan_id   uuid not null references release_plan (id),
    person_id uuid not null references person (id),
    answer    text not null check (answer in ('agrees', 'does_not_agree', 'not_asked')),
    note      text,
    primary key (plan_id, person_id)
);

create table release_plan_action (
    plan_id        uuid not null references release_plan (id),
    plan_action_id uuid not null unique references plan_action (id),
    added_by       uuid not null references user_account (id),
    added_at       timestamptz not null default now()
);
create index release_plan_action_plan on release_plan_action (plan_id);
