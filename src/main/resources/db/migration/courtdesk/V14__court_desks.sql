-- Court desks: courts, the volunteers' rota, contacts at the point of sentence, and the one
-- place personal data may enter from a court (only when the person agrees to be contacted).
-- Everything in court_desk_contact and its concern/service/leaflet rows is operational and
-- identifies nobody; court_desk_contact_details and court_desk_consent hold personal data.

-- A role for whoever runs the rota and reads the court desk statistics (ADR 0006).
alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check check (role in ('VOLUNTEER', 'COURT_DESK_COORDINATOR',
    'SUPPORT_WORKER', 'AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD', 'TRAINING_COORDINATOR', 'MANAGER', 'ADMINISTRATOR'));

create table court (
    id          uuid primary key,
    name        text not null check (btrim(name) <> '' and length(name) <= 200),
    town        text not null check (btrim(town) <> '' and length(town) <= 100),
    address     text check (length(address) <= 300),
    archived    boolean not null default false,
    created_at  timestamptz not null default now(),
    version     bigint not null default 0
);
create unique index court_name_unique on court (lower(name));

insert into court (id, name, town) values
    ('c0000000-0000-4000-8000-000000000001', 'Reading Crown Court', 'Reading'),
    ('c0000000-0000-4000-8000-000000000002', 'Oxford Crown Court', 'Oxford'),
    ('c0000000-0000-4000-8000-000000000003', 'Aylesbury Crown Court', 'Aylesbury');

-- The court a volunteer works at: they see its sessions and record its contacts.
create table court_volunteer (
    user_id     uuid primary key references user_account (id) on delete cascade,
    court_id    uuid not null references court (id),
    assigned_at timestamptz not null default now(),
    assigned_by uuid references user_account (id)
);
create index court_volunteer_court on court_volunteer (court_id);

create table court_desk_session (
    id                uuid primary key,
    court_id          uuid not null references court (id),
    session_date      date not null,
    starts_at         time not null,
    ends_at           time not null,
    volunteers_needed integer not null check (volunteers_needed between 1 and 20),
    notes             text check (length(notes) <= 500),
    cancelled_at      timestamptz,
    created_by        uuid references user_account (id),
    created_at        timestamptz not null default now(),
    version           bigint not null default 0,
    constraint court_desk_session_hours check (ends_at > starts_at)
);
create index court_desk_session_court_date on court_desk_session (court_id, session_date);
create index court_desk_session_date on court_desk_session (session_date);

-- A volunteer signed up for a session. Once each; dropping a shift deletes the row.
create table court_desk_shift (
    session_id       uuid not null references court_desk_session (id) on delete cascade,
    volunteer_id     uuid not null references user_account (id) on delete cascade,
    signed_up_at     timestamptz not null default now(),
    reminder_sent_at timestamptz,
    primary key (session_id, volunteer_id)
);
create index court_desk_shift_volunteer on court_desk_shift (volunteer_id);

-- A volunteer's private calendar feed: only the SHA-256 of its secret is kept; a new one, or
-- revoking, deletes the old.
create table court_desk_calendar (
    volunteer_id uuid primary key references user_account (id) on delete cascade,
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    last_read_at timestamptz
);

-- A contact at a court desk. Nothing here identifies anyone.
create table court_desk_contact (
    id                     uuid primary key,
    idempotency_key        uuid not null,
    recorded_by            uuid not null references user_account (id),
    court_id               uuid not null references court (id),
    session_id             uuid references court_desk_session (id),
    occurred_at            timestamptz not null,
    recorded_at            timestamptz not null default now(),
    relationship           text not null check (relationship in ('partner', 'parent', 'son_or_daughter',
                               'brother_or_sister', 'grandparent', 'other_relative', 'friend', 'other')),
    outcome                text not null check (outcome in ('immediate_custody', 'remand', 'suspended_sentence',
                               'community_order', 'acquitted', 'adjourned')),
    sentence_band          text check (sentence_band in ('under_12_months', '1_to_4_years', '4_to_10_years',
                               'over_10_years', 'indeterminate', 'not_known')),
    first_time_in_custody  text check (first_time_in_custody in ('yes', 'no', 'not_known')),
    children_count         integer not null check (children_count between 0 and 20),
    children_under_5       integer not null default 0 check (children_under_5 between 0 and 20),
    children_5_to_11       integer not null default 0 check (children_5_to_11 between 0 and 20),
    children_12_to_17      integer not null default 0 check (children_12_to_17 between 0 and 20),
    leaflets               text[] not null default '{}',
    emotional_support      boolean not null,
    agrees_to_contact      boolean not null,
    referral_id            uuid,
    constraint court_desk_contact_key unique (recorded_by, idempotency_key),
    constraint court_desk_contact_bands check (children_under_5 + children_5_to_11 + children_12_to_17 <= children_count),
    constraint court_desk_contact_referral_needs_agreement check (referral_id is null or agrees_to_contact)
);
create index court_desk_contact_court_time on court_desk_contact (court_id, occurred_at);
create index court_desk_contact_recorder on court_desk_contact (recorded_by, occurred_at);

-- Concerns raised: the directory's needs taxonomy terms.
create table court_desk_contact_concern (
    contact_id uuid not null references court_desk_contact (id) on delete cascade,
    term_id    uuid not null references dir_taxonomy_term (id),
    primary key (contact_id, term_id)
);

-- Directory services the person was told about.
create table court_desk_contact_service (
    contact_id uuid not null references court_desk_contact (id) on delete cascade,
    service_id uuid not null references dir_service (id),
    primary key (contact_id, service_id)
);

-- Personal data: only when the person agrees to be contacted.
create table court_desk_contact_details (
    contact_id  uuid primary key references court_desk_contact (id) on delete cascade,
    given_name  text not null check (btrim(given_name) <> '' and length(given_name) <= 100),
    family_name text not null check (btrim(family_name) <> '' and length(family_name) <= 100),
    phone       text check (length(phone) <= 30),
    email       text check (length(email) <= 254),
    locality_id uuid not null references locality (id),
    best_time   text check (length(best_time) <= 200),
    constraint court_desk_contact_details_reachable check (phone is not null or email is not null)
);

-- The person's agreement to be contacted and referred, given to the volunteer at the desk.
create table court_desk_consent (
    contact_id uuid primary key references court_desk_contact (id) on delete cascade,
    method     text not null default 'verbal_witnessed' check (method in ('verbal_witnessed')),
    witness    text not null check (btrim(witness) <> ''),
    given_at   timestamptz not null,
    purpose    text not null check (btrim(purpose) <> '')
);

-- ShedLock: a scheduled job runs on one instance at a time.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamp not null,
    locked_at  timestamp not null,
    locked_by  varchar(255) not null
);
