-- Subject access (issue 17, P3): the package produced for a request, kept as it was produced so
-- that its PDF and JSON stay the same after the request is answered (and the officer's sight of
-- the families ends), and who answered the request and when.
create table privacy_request_package (
    request_id  uuid primary key references privacy_request (id) on delete cascade,
    produced_at timestamptz not null,
    produced_by uuid not null,
    content     jsonb not null
);

alter table privacy_request add column answered_at timestamptz;
alter table privacy_request add column answered_by uuid;
