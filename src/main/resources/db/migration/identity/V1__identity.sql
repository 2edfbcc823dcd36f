-- Identity: localities, organisations, staff users, their roles and API tokens.

create table locality (
    id          uuid primary key,
    name        text not null,
    county      text not null,
    version     bigint not null default 0,
    constraint locality_name_unique unique (name),
    constraint locality_name_not_blank check (btrim(name) <> ''),
    constraint locality_county_not_blank check (btrim(county) <> '')
);

create table organisation (
    id          uuid primary key,
    name        text not null,
    type        text not null check (type in ('SCHOOL', 'CHILDRENS_CENTRE', 'PROBATION', 'PRISON', 'POLICE',
                    'COURT', 'SOCIAL_CARE', 'CAMHS', 'HEALTH', 'HOUSING', 'VOLUNTARY', 'FAITH')),
    sector      text not null check (sector in ('STATUTORY', 'VOLUNTARY', 'FAITH', 'PRIVATE')),
    locality_id uuid references locality (id),
    active      boolean not null default true,
    version     bigint not null default 0,
    constraint organisation_name_not_blank check (btrim(name) <> '')
);
create unique index organisation_name_unique on organisation (lower(name));

create table user_account (
    id                   uuid primary key,
    username             text not null,
    display_name         text not null,
    email                text,
    organisation_id      uuid not null references organisation (id),
    password_hash        text not null,
    enabled              boolean not null default true,
    must_change_password boolean not null default false,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz,
    version              bigint not null default 0,
    constraint user_account_username_format check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$')
);
create unique index user_account_username_unique on user_account (username);
create index user_account_organisation on user_account (organisation_id);

create table user_role (
    user_id uuid not null references user_account (id) on delete cascade,
    role    text not null check (role in ('VOLUNTEER', 'SUPPORT_WORKER', 'AGENCY_PRACTITIONER',
                'SAFEGUARDING_LEAD', 'TRAINING_COORDINATOR', 'MANAGER', 'ADMINISTRATOR')),
    primary key (user_id, role)
);

create table api_token (
    id          uuid primary key,
    user_id     uuid not null references user_account (id) on delete cascade,
    name        text not null check (btrim(name) <> ''),
    token_hash  text not null,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    expires_at  timestamptz,
    revoked_at  timestamptz,
    last_used_at timestamptz,
    version     bigint not null default 0
);
create unique index api_token_hash_unique on api_token (token_hash);
create index api_token_user on api_token (user_id);

-- Reference data: the localities of the Thames Valley networks.
insert into locality (id, name, county) values
    ('0b7c1f5e-2d7a-4c11-9a0e-000000000001', 'Banbury', 'Oxfordshire'),
    ('0b7c1f5e-2d7a-4c11-9a0e-000000000002', 'Bicester', 'Oxfordshire'),
    ('0b7c1f5e-2d7a-4c11-9a0e-000000000003', 'Oxford', 'Oxfordshire'),
    ('0b7c1f5e-2d7a-4c11-9a0e-000000000004', 'Slough', 'Berkshire'),
    ('0b7c1f5e-2d7a-4c11-9a0e-000000000005', 'Reading', 'Berkshire'),
    ('0b7c1f5e-2d7a-4c11-9a0e-000000000006', 'High Wycombe', 'Buckinghamshire'),
    ('0b7c1f5e-2d7a-4c11-9a0e-000000000007', 'Aylesbury', 'Buckinghamshire'),
    ('0b7c1f5e-2d7a-4c11-9a0e-000000000008', 'Milton Keynes', 'Milton Keynes');
