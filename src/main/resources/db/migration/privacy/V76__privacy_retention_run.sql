-- The nightly retention runs (issue 17, ADR 0016): when each ran, whether it finished, and per kind
-- of record the period and cutoff it used and how many records it deleted or made anonymous. Nothing
-- here names anyone.
create table privacy_retention_run (
    id          uuid primary key,
    run_on      date not null,
    started_at  timestamptz not null,
    finished_at timestamptz,
    status      text not null default 'RUNNING' check (status in ('RUNNING', 'FINISHED', 'FAILED')),
    failure     text
);
create index privacy_retention_run_started on privacy_retention_run (started_at desc);

create table privacy_retention_run_kind (
    run_id    uuid not null references privacy_retention_run (id) on delete cascade,
    kind      text not null,
    months    integer not null,
    cutoff    timestamptz not null,
    processed bigint not null default 0,
    failed    boolean not null default false,
    primary key (run_id, kind)
);

-- A period an administrator set is saved over the one before it only from the version they saw.
alter table privacy_retention_setting add column version bigint not null default 0;
