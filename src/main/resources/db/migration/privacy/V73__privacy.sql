-- Privacy operations (issue 17): the retention periods administrators set, and the requests people
-- make to see, correct or erase what the service holds about them.

-- The period set for each kind of record (shared.privacy.RetentionKind); a kind without a row
-- uses its default. Periods are in months, within the kind's minimum and maximum.
create table privacy_retention_setting (
    kind       text primary key,
    months     integer not null check (months > 0),
    changed_by uuid not null,
    changed_at timestamptz not null
);

-- A request from a person about their own data: to see it (ACCESS), correct it (RECTIFICATION) or
-- erase it (ERASURE). Who they said they are, how their identity was checked, when it arrived and
-- when the answer is due (one calendar month later).
create table privacy_request (
    id             uuid primary key,
    kind           text not null check (kind in ('ACCESS', 'RECTIFICATION', 'ERASURE')),
    full_name      text not null,
    other_names    text,
    date_of_birth  date,
    postcode       text,
    email          text,
    phone          text,
    identity_check text not null,
    details        text,
    received_on    date not null,
    due_on         date not null,
    status         text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'REFUSED', 'CLOSED')),
    recorded_by    uuid not null,
    recorded_at    timestamptz not null,
    version        integer not null default 0
);
create index privacy_request_open_due on privacy_request (due_on) where status = 'OPEN';

-- The family module's people the data protection officer confirmed are the requester (from the
-- likely-match search), and their families.
create table privacy_request_person (
    request_id uuid not null references privacy_request (id) on delete cascade,
    person_id  uuid not null,
    family_id  uuid not null,
    primary key (request_id, person_id)
);
