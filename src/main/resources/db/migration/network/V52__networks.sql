-- Multi-agency networks (seed 001): one or more per locality, each with a coordinator and
-- members who are users of the service, each with the organisation they belong to and the day
-- that organisation confirmed it backs their membership.

create table network (
    id                  uuid primary key,
    name                text not null check (btrim(name) <> ''),
    locality_id         uuid not null references locality (id),
    coordinator_user_id uuid not null references user_account (id),
    created_by          uuid not null references user_account (id),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint not null default 0
);
create unique index network_name on network (lower(name));
create index network_locality on network (locality_id);
create index network_coordinator on network (coordinator_user_id);

-- A member: a user and the organisation they belong to (kept as it was when they joined), the
-- day their organisation confirmed its backing (null until it does), and when they left.
create table network_member (
    network_id        uuid not null references network (id),
    user_id           uuid not null references user_account (id),
    organisation_id   uuid not null references organisation (id),
    backing_confirmed_on date,
    joined_at         timestamptz not null default now(),
    added_by          uuid not null references user_account (id),
    left_at           timestamptz,
    primary key (network_id, user_id)
);
create index network_member_user on network_member (user_id) where left_at is null;
create index network_member_organisation on network_member (organisation_id) where left_at is null;
