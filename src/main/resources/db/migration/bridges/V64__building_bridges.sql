-- Building Bridges, the Oxfordshire housing pilot for people leaving custody and their families
-- (issue 15, items 4 and 5). The pilot runs for pairs of a county and a prison; a referral is of one
-- custody episode; a family home is agreed only after a designated safeguarding lead approved the
-- safeguarding check; the council is referred to when the family home is not suitable; the
-- accommodation on release and the outcomes at 4 weeks, 3 months and 6 months are kept for the
-- pilot's report. Personal data: every page that shows it asks the access decision first.

create table bridges_pilot (
    id         uuid primary key,
    county     text not null check (btrim(county) <> ''),
    prison_id  uuid not null references prison (id),
    active     boolean not null default true,
    version    bigint not null default 0,
    constraint bridges_pilot_pair_unique unique (county, prison_id)
);

-- The pilot as launched: Oxfordshire's families and HMP Bullingdon (seed 000).
insert into bridges_pilot (id, county, prison_id) values
    ('bb000000-0000-4000-8000-000000000001', 'Oxfordshire', '3a9e0c44-0000-4000-8000-000000000001');

create sequence bridges_referral_seq;

create table bridges_referral (
    id                 uuid primary key,
    reference          text not null default ('BB-' || lpad(nextval('bridges_referral_seq')::text, 6, '0')),
    family_id          uuid not null references family (id),
    custody_episode_id uuid not null references custody_episode (id),
    person_id          uuid not null references person (id),
    pilot_id           uuid not null references bridges_pilot (id),
    referred_by        uuid not null references user_account (id),
    referred_at        timestamptz not null,
    referred_on        date not null,
    -- What the family says about having the person home: null until asked.
    family_answer      text check (family_answer in ('yes', 'no')),
    family_says        text,
    -- The family home: agreed (only after an approved safeguarding check) or not suitable.
    home_decision      text check (home_decision in ('agreed', 'not_suitable')),
    home_reason        text,
    home_decided_by    uuid references user_account (id),
    home_decided_on    date,
    -- Release day.
    accommodation      text check (accommodation in ('family_home', 'family_or_friends', 'council_temporary',
                           'approved_premises', 'private_rented', 'no_fixed_abode')),
    released_on        date,
    version            bigint not null default 0,
    constraint bridges_referral_reference_unique unique (reference),
    constraint bridges_referral_episode_unique unique (custody_episode_id),
    constraint bridges_referral_home_reason check (home_decision is null or btrim(coalesce(home_reason, '')) <> ''),
    constraint bridges_referral_release_whole check ((accommodation is null) = (released_on is null))
);
create index bridges_referral_family on bridges_referral (family_id);

-- The family-home suitability check's safeguarding part, decided by a designated safeguarding lead
-- of the family's county who neither asked for it nor works the case. Kept whatever the decision.
create table bridges_check (
    id                 uuid primary key,
    referral_id        uuid not null references bridges_referral (id),
    family_id          uuid not null references family (id),
    locality_id        uuid not null references locality (id),
    requested_by       uuid not null references user_account (id),
    requested_at       timestamptz not null,
    request_note       text not null check (btrim(request_note) <> ''),
    -- The household when the check was asked for, as places in the family and ages, no names.
    household          text not null,
    domestic_abuse     text,
    risk_to_children   text,
    licence_conditions text,
    decision           text check (decision in ('approved', 'refused')),
    reason             text,
    decided_by         uuid references user_account (id),
    decided_at         timestamptz,
    version            bigint not null default 0,
    constraint bridges_check_one_per_referral unique (referral_id),
    constraint bridges_check_decided_whole check (decision is null or (btrim(coalesce(reason, '')) <> ''
        and decided_by is not null and decided_at is not null and domestic_abuse is not null
        and risk_to_children is not null and licence_conditions is not null)),
    constraint bridges_check_not_own check (decided_by is null or decided_by <> requested_by)
);
create index bridges_check_waiting on bridges_check (requested_at) where decision is null;

-- The Homelessness Reduction Act's duty to refer: the council, when, and later its answer.
create table bridges_housing_referral (
    referral_id uuid primary key references bridges_referral (id),
    council     text not null check (btrim(council) <> ''),
    referred_on date not null,
    answer      text,
    answered_on date,
    constraint bridges_housing_answer_whole check ((answer is null) = (answered_on is null)),
    constraint bridges_housing_answer_after check (answered_on is null or answered_on >= referred_on)
);

create table bridges_follow_up (
    referral_id uuid not null references bridges_referral (id),
    point       text not null check (point in ('four_weeks', 'three_months', 'six_months')),
    outcome     text not null check (outcome in ('settled_with_family', 'settled_elsewhere', 'temporary',
                    'homeless', 'recalled')),
    known_on    date not null,
    recorded_by uuid not null references user_account (id),
    recorded_at timestamptz not null,
    primary key (referral_id, point)
);
