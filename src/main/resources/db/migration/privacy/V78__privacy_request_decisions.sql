-- Rectification and erasure (issue 17, ADR 0018): the data protection officer's decision on a request,
-- and what each module did when it was carried out.

-- One decision per request: carried out or refused, always with a reason; for a rectification carried
-- out, which record and field were corrected and the corrected value (kept as the answer to the person).
create table privacy_request_decision (
    request_id      uuid primary key references privacy_request (id) on delete cascade,
    outcome         text not null check (outcome in ('CARRY_OUT', 'REFUSE')),
    reason          text not null check (btrim(reason) <> '' and length(reason) <= 2000),
    record_type     text check (record_type in ('person', 'family')),
    record_id       uuid,
    field           text check (length(field) <= 40),
    corrected_value text check (length(corrected_value) <= 300),
    decided_by      uuid not null,
    decided_at      timestamptz not null,
    constraint privacy_request_decision_correction check ((record_type is null) = (record_id is null)
        and (record_type is null) = (field is null))
);

-- What each module did on an approved erasure or rectification, in words and counts (never names),
-- as the module reported it: one row per request and module, the first report kept.
create table privacy_request_outcome (
    request_id  uuid not null references privacy_request (id) on delete cascade,
    module      text not null check (length(module) <= 40),
    kind        text not null check (kind in ('ERASED', 'RECTIFIED')),
    description text not null check (length(description) <= 1000),
    recorded_at timestamptz not null,
    primary key (request_id, module)
);
