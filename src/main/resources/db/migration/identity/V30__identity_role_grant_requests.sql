-- Separation of duties: a role that sees families' records (support worker, agency practitioner,
-- designated safeguarding lead) is given only when a second administrator approves. The request
-- waits here until another administrator approves or refuses it; decided requests are kept.
create table role_grant_request (
    id           uuid primary key,
    user_id      uuid not null references user_account (id) on delete cascade,
    role         text not null check (role in ('SUPPORT_WORKER', 'AGENCY_PRACTITIONER', 'SAFEGUARDING_LEAD')),
    requested_by uuid not null references user_account (id),
    requested_at timestamptz not null,
    decided_by   uuid references user_account (id),
    decided_at   timestamptz,
    outcome      text check (outcome in ('APPROVED', 'REFUSED')),
    constraint role_grant_request_decided check ((decided_at is null) = (outcome is null)
        and (decided_at is null) = (decided_by is null)),
    constraint role_grant_request_second_administrator check (decided_by is null or decided_by <> requested_by)
);
-- One waiting request per user and role.
create unique index role_grant_request_waiting on role_grant_request (user_id, role) where decided_at is null;
create index role_grant_request_user on role_grant_request (user_id);
