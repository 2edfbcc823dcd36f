-- Family records, consent and the safeguarding basis. Personal data (special category and
-- criminal offence data): every read and change goes through the access decision and is audited.

create extension if not exists fuzzystrmatch;

-- Reference data: prisons families visit.
create table prison (
    id      uuid primary key,
    name    text not null check (btrim(name) <> ''),
    active  boolean not null default true,
    version bigint not null default 0
);
create unique index prison_name_unique on prison (lower(name));

insert into prison (id, name) values
    ('3a9e0c44-0000-4000-8000-000000000001', 'HMP Bullingdon'),
    ('3a9e0c44-0000-4000-8000-000000000002', 'HMP Woodhill'),
    ('3a9e0c44-0000-4000-8000-000000000003', 'HMP/YOI Aylesbury'),
    ('3a9e0c44-0000-4000-8000-000000000004', 'HMP Huntercombe'),
    ('3a9e0c44-0000-4000-8000-000000000005', 'HMP Grendon'),
    ('3a9e0c44-0000-4000-8000-000000000006', 'HMP Springhill'),
    ('3a9e0c44-0000-4000-8000-000000000007', 'HMP/YOI Bronzefield'),
    ('3a9e0c44-0000-4000-8000-000000000008', 'HMP/YOI Send'),
    ('3a9e0c44-0000-4000-8000-000000000009', 'HMP/YOI Feltham'),
    ('3a9e0c44-0000-4000-8000-000000000010', 'HMP Winchester');

create sequence family_reference_seq;

create table family (
    id             uuid primary key,
    reference      text not null default ('FM-' || lpad(nextval('family_reference_seq')::text, 6, '0')),
    locality_id    uuid not null references locality (id),
    status         text not null default 'referred' check (status in ('referred', 'active', 'closed')),
    closed_reason  text,
    journey_stage  text check (journey_stage in ('arrest', 'remand', 'trial', 'sentenced', 'in_custody',
                       'release_planned', 'released', 'on_licence')),
    key_worker_id  uuid references user_account (id),
    address_line_1 text,
    address_line_2 text,
    town           text,
    postcode       text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        bigint not null default 0,
    constraint family_closed_has_reason check (status <> 'closed' or btrim(coalesce(closed_reason, '')) <> '')
);
create unique index family_reference_unique on family (reference);
create index family_locality_status on family (locality_id, status);
create index family_key_worker on family (key_worker_id);

create table person (
    id             uuid primary key,
    family_id      uuid not null references family (id),
    given_name     text not null check (btrim(given_name) <> ''),
    family_name    text not null check (btrim(family_name) <> ''),
    other_names    text,
    date_of_birth  date,
    phone          text,
    email          text,
    relationship   text,
    role           text not null check (role in ('in_custody', 'partner', 'parent_or_carer', 'child', 'other_relative')),
    school_id      uuid references organisation (id),
    school_year    text,
    -- A person merged into another keeps their row, pointing at who they became, so that an
    -- administrator can undo the merge.
    merged_into    uuid references person (id),
    created_at     timestamptz not null default now(),
    version        bigint not null default 0
);
create index person_family on person (family_id);
create index person_school on person (school_id) where school_id is not null;

create table custody_episode (
    id                  uuid primary key,
    person_id           uuid not null references person (id),
    prison_id           uuid references prison (id),
    prison_number       text,
    remanded_on         date,
    sentenced_on        date,
    sentence            text,
    expected_release_on date,
    released_on         date,
    version             bigint not null default 0,
    constraint custody_release_after_sentence check (expected_release_on is null or sentenced_on is null
        or expected_release_on >= sentenced_on)
);
create index custody_episode_person on custody_episode (person_id);

create table timeline_entry (
    id          uuid primary key,
    family_id   uuid not null references family (id),
    kind        text not null check (kind in ('call', 'visit', 'meeting', 'letter', 'note')),
    about_children boolean not null default false,
    occurred_at timestamptz not null,
    summary     text not null check (btrim(summary) <> ''),
    author_id   uuid references user_account (id),
    created_at  timestamptz not null default now()
);
create index timeline_entry_family on timeline_entry (family_id, occurred_at desc);

create table attachment (
    id           uuid primary key,
    family_id    uuid not null references family (id),
    filename     text not null,
    content_type text not null,
    size_bytes   bigint not null check (size_bytes > 0),
    content      bytea not null,
    description  text,
    uploaded_by  uuid references user_account (id),
    uploaded_at  timestamptz not null default now()
);
create index attachment_family on attachment (family_id);

-- Consent: given by one person for the family, covering kinds of information and recipients.
create table consent (
    id             uuid primary key,
    family_id      uuid not null references family (id),
    giver_id       uuid not null references person (id),
    method         text not null check (method in ('signed_form', 'verbal_witnessed')),
    witness        text,
    given_on       date not null,
    purpose        text not null check (btrim(purpose) <> ''),
    review_on      date,
    withdrawn_at   timestamptz,
    withdrawn_by   uuid references user_account (id),
    withdrawal_note text,
    recorded_by    uuid references user_account (id),
    recorded_at    timestamptz not null default now(),
    version        bigint not null default 0,
    constraint consent_verbal_needs_witness check (method <> 'verbal_witnessed' or btrim(coalesce(witness, '')) <> ''),
    constraint consent_review_after_given check (review_on is null or review_on >= given_on)
);
create index consent_family on consent (family_id);

create table consent_information (
    consent_id uuid not null references consent (id) on delete cascade,
    kind       text not null check (kind in ('identity', 'custody', 'needs', 'children')),
    primary key (consent_id, kind)
);

-- A recipient is one organisation or every organisation of a type.
create table consent_recipient (
    consent_id        uuid not null references consent (id) on delete cascade,
    organisation_id   uuid references organisation (id),
    organisation_type text,
    constraint consent_recipient_one check ((organisation_id is null) <> (organisation_type is null))
);
create index consent_recipient_consent on consent_recipient (consent_id);

-- Sharing without consent because a child may be at risk: asked for with a reason, decided by a
-- designated safeguarding lead, both reasons kept whatever the decision.
create table safeguarding_request (
    id               uuid primary key,
    family_id        uuid not null references family (id),
    requested_by     uuid not null references user_account (id),
    requested_at     timestamptz not null default now(),
    reason           text not null check (btrim(reason) <> ''),
    organisation_ids uuid[] not null check (cardinality(organisation_ids) > 0),
    status           text not null default 'pending' check (status in ('pending', 'approved', 'refused')),
    decided_by       uuid references user_account (id),
    decided_at       timestamptz,
    decision_reason  text,
    ends_on          date,
    version          bigint not null default 0,
    constraint safeguarding_decision_complete check (status = 'pending'
        or (decided_by is not null and decided_at is not null and btrim(coalesce(decision_reason, '')) <> '')),
    constraint safeguarding_approval_ends check (status <> 'approved' or ends_on is not null)
);
create index safeguarding_request_family on safeguarding_request (family_id);
create index safeguarding_request_pending on safeguarding_request (status) where status = 'pending';
