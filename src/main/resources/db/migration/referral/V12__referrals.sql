-- Referrals: how families arrive, from an agency or from the family itself. Personal data: read
-- and decided on only by the support workers of the referral's locality, and audited.

-- Each locality's criteria for referral: a checklist the referral form shows and records.
create table locality_criterion (
    id          uuid primary key default gen_random_uuid(),
    locality_id uuid not null references locality (id),
    text        text not null check (btrim(text) <> ''),
    position    integer not null,
    active      boolean not null default true,
    version     bigint not null default 0
);
create index locality_criterion_locality on locality_criterion (locality_id, position);

-- The checklist the Banbury network agreed (seed 001), for every locality that follows its model.
insert into locality_criterion (locality_id, text, position)
select l.id, c.text, c.position
from locality l
cross join (values
    (1, 'A parent, carer or close family member is in custody, on remand or facing a custodial sentence'),
    (2, 'There are children under 18 in the family'),
    (3, 'The family lives in the locality'),
    (4, 'A parent or carer agrees to the referral and to being contacted, or there is a concern about keeping a child safe'),
    (5, 'The family needs support from more than one agency')
) as c (position, text);

create sequence referral_reference_seq;

create table referral (
    id                         uuid primary key,
    reference                  text not null default ('RF-' || lpad(nextval('referral_reference_seq')::text, 6, '0')),
    source                     text not null check (source in ('court_desk', 'school', 'childrens_centre', 'probation',
                                   'prison', 'police', 'social_care', 'health', 'housing', 'charity', 'self')),
    referrer_name              text not null check (btrim(referrer_name) <> ''),
    referrer_email             text,
    referrer_phone             text,
    referrer_organisation_id   uuid references organisation (id),
    referrer_organisation_name text,
    referred_by                uuid references user_account (id),
    locality_id                uuid not null references locality (id),
    reason                     text not null check (btrim(reason) <> ''),
    consent_to_contact         boolean not null default false,
    status                     text not null default 'received'
                                   check (status in ('received', 'accepted', 'signposted', 'declined')),
    decision_reason            text,
    decided_by                 uuid references user_account (id),
    decided_at                 timestamptz,
    family_id                  uuid references family (id),
    signposted_service_ids     uuid[] not null default '{}',
    signposted_note            text,
    decision_emailed_at        timestamptz,
    created_at                 timestamptz not null default now(),
    version                    bigint not null default 0,
    constraint referral_decided check (status = 'received' or (decided_by is not null and decided_at is not null)),
    constraint referral_accepted_has_family check (status <> 'accepted' or family_id is not null),
    constraint referral_declined_has_reason check (status <> 'declined'
        or btrim(coalesce(decision_reason, '')) <> ''),
    constraint referral_signposted_somewhere check (status <> 'signposted'
        or cardinality(signposted_service_ids) > 0 or btrim(coalesce(signposted_note, '')) <> '')
);
create unique index referral_reference_unique on referral (reference);
create index referral_queue on referral (locality_id, created_at) where status = 'received';
create index referral_referred_by on referral (referred_by) where referred_by is not null;

-- The needs the referrer saw, as terms of the directory's needs taxonomy.
create table referral_need (
    referral_id uuid not null references referral (id) on delete cascade,
    term_id     uuid not null references dir_taxonomy_term (id),
    primary key (referral_id, term_id)
);

create table referral_criterion_met (
    referral_id  uuid not null references referral (id) on delete cascade,
    criterion_id uuid not null references locality_criterion (id),
    primary key (referral_id, criterion_id)
);

-- The people a referral names; once accepted, the person on record each became or was matched to.
create table referral_person (
    id            uuid primary key,
    referral_id   uuid not null references referral (id) on delete cascade,
    position      integer not null,
    given_name    text not null check (btrim(given_name) <> ''),
    family_name   text not null check (btrim(family_name) <> ''),
    other_names   text,
    date_of_birth date,
    relationship  text,
    role          text not null check (role in ('in_custody', 'partner', 'parent_or_carer', 'child', 'other_relative')),
    phone         text,
    email         text,
    address       text,
    postcode      text,
    person_id     uuid references person (id)
);
create index referral_person_referral on referral_person (referral_id, position);
