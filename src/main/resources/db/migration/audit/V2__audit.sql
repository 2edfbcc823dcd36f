-- The audit trail: who saw or changed which record, when, and on what basis.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    actor_id        uuid,
    actor_username  text not null,
    action          text not null,
    outcome         text not null check (outcome in ('ALLOWED', 'REFUSED')),
    record_type     text,
    record_id       text,
    basis           text not null check (basis in ('ROLE', 'CONSENT', 'SAFEGUARDING', 'SYSTEM', 'SELF')),
    basis_reference text,
    detail          text
);
create index audit_event_occurred on audit_event (occurred_at desc);
create index audit_event_record on audit_event (record_type, record_id);
create index audit_event_actor on audit_event (actor_username, occurred_at desc);
