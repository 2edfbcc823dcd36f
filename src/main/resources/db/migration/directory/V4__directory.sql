-- The directory of support, in the shape of HSDS 3.0 / Open Referral UK. Table and column names
-- follow the standard so that the API maps one to one.

create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- An immutable wrapper, so that unaccent can be used in generated columns and indexes.
create or replace function dir_fold(text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table dir_organization (
    id            uuid primary key,
    name          text not null check (btrim(name) <> ''),
    description   text not null default '',
    email         text,
    website       text,
    last_modified timestamptz not null default now(),
    version       bigint not null default 0
);
create unique index dir_organization_name_unique on dir_organization (lower(name));

create table dir_taxonomy (
    id          uuid primary key,
    name        text not null,
    description text not null,
    uri         text,
    version     text
);

create table dir_taxonomy_term (
    id          uuid primary key,
    taxonomy_id uuid not null references dir_taxonomy (id),
    code        text not null,
    name        text not null,
    description text not null,
    parent_id   uuid references dir_taxonomy_term (id),
    constraint dir_taxonomy_term_code_unique unique (taxonomy_id, code)
);

create table dir_service (
    id                     uuid primary key,
    organization_id        uuid not null references dir_organization (id),
    name                   text not null check (btrim(name) <> ''),
    description            text not null default '',
    url                    text,
    email                  text,
    status                 text not null default 'active'
                               check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    fees                   text,
    minimum_age            integer check (minimum_age between 0 and 120),
    maximum_age            integer check (maximum_age between 0 and 120),
    eligibility_description text,
    alert                  text,
    last_checked_on        date,
    last_checked_by        text,
    last_modified          timestamptz not null default now(),
    version                bigint not null default 0,
    -- Name weighs more than description in the ranking.
    search                 tsvector generated always as (
                               setweight(to_tsvector('english', dir_fold(name)), 'A')
                               || setweight(to_tsvector('english', dir_fold(description)), 'B')) stored,
    -- For typing errors: trigram word similarity against name and description.
    search_text            text generated always as (dir_fold(name || ' ' || description)) stored,
    constraint dir_service_ages check (minimum_age is null or maximum_age is null or minimum_age <= maximum_age)
);
-- fastupdate off: a read-mostly directory wants no pending list for every search to scan.
create index dir_service_search on dir_service using gin (search) with (fastupdate = off);
create index dir_service_search_text on dir_service using gin (search_text gin_trgm_ops);
create index dir_service_organization on dir_service (organization_id);
create index dir_service_last_checked on dir_service (last_checked_on) where status <> 'defunct';

create table dir_location (
    id            uuid primary key,
    location_type text not null check (location_type in ('physical', 'postal', 'virtual')),
    name          text,
    description   text,
    url           text,
    address_1     text,
    city          text,
    region        text,
    postal_code   text,
    country       text not null default 'GB',
    latitude      numeric(9, 6),
    longitude     numeric(9, 6)
);

create table dir_service_at_location (
    id          uuid primary key,
    service_id  uuid not null references dir_service (id) on delete cascade,
    location_id uuid not null references dir_location (id),
    constraint dir_service_at_location_unique unique (service_id, location_id)
);
create index dir_service_at_location_location on dir_service_at_location (location_id);

create table dir_contact (
    id         uuid primary key,
    service_id uuid not null references dir_service (id) on delete cascade,
    name       text,
    title      text,
    email      text
);
create index dir_contact_service on dir_contact (service_id);

create table dir_phone (
    id          uuid primary key,
    service_id  uuid not null references dir_service (id) on delete cascade,
    number      text not null,
    description text
);
create index dir_phone_service on dir_phone (service_id);

-- Opening times: one row a day of the week (RFC 5545 BYDAY codes), with hours.
create table dir_schedule (
    id          uuid primary key,
    service_id  uuid not null references dir_service (id) on delete cascade,
    byday       text not null check (byday in ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
    opens_at    time,
    closes_at   time,
    description text,
    constraint dir_schedule_hours check (opens_at is null or closes_at is null or opens_at < closes_at)
);
create index dir_schedule_service_day on dir_schedule (service_id, byday);
create index dir_schedule_day on dir_schedule (byday, service_id);

-- Where a service is offered: one of our localities, or a whole county (locality_id null).
create table dir_service_area (
    id          uuid primary key,
    service_id  uuid not null references dir_service (id) on delete cascade,
    name        text not null,
    locality_id uuid references locality (id),
    county      text not null
);
create index dir_service_area_service on dir_service_area (service_id);
create index dir_service_area_locality on dir_service_area (locality_id, service_id);
create index dir_service_area_county on dir_service_area (county, service_id);

create table dir_language (
    id         uuid primary key,
    service_id uuid not null references dir_service (id) on delete cascade,
    name       text not null,
    code       text
);
create index dir_language_service on dir_language (service_id);

-- A need or kind of help a service is tagged with (HSDS attribute linking a taxonomy term).
create table dir_attribute (
    id               uuid primary key,
    link_id          uuid not null references dir_service (id) on delete cascade,
    link_type        text not null default 'service' check (link_type = 'service'),
    taxonomy_term_id uuid not null references dir_taxonomy_term (id),
    constraint dir_attribute_unique unique (link_id, taxonomy_term_id)
);
create index dir_attribute_term on dir_attribute (taxonomy_term_id, link_id);

-- Reference data: the needs taxonomy families and practitioners search by.
insert into dir_taxonomy (id, name, description, uri, version) values
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'Family Matters needs',
     'The needs of the families and children of offenders and prisoners, and the kinds of help that meet them.',
     null, '1');

insert into dir_taxonomy_term (id, taxonomy_id, code, name, description) values
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000101', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'money-and-debt', 'Money and debt', 'Benefits, debt, budgeting and the cost of visits.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000102', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'health', 'Health', 'Physical health and access to health services.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000103', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'domestic-abuse', 'Domestic abuse', 'Safety and support for people experiencing domestic abuse.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000104', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'substance-misuse', 'Substance misuse', 'Help with drugs and alcohol, for the person or their family.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000105', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'mental-health', 'Mental health', 'Emotional wellbeing and mental health support, for adults and children.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000106', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'stigma-and-isolation', 'Stigma and social exclusion', 'Isolation, shame and being treated differently because of a family member''s offence.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000107', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'housing', 'Housing', 'Keeping a home, moving, and accommodation on release.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000108', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'court-support', 'Court support', 'Help for families at court, before and at sentence.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000109', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'prison-visits', 'Prison visits', 'Visiting someone in prison: booking, travel, visitors'' centres and family days.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000110', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'helpline', 'Helpline', 'Advice and support by telephone.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000111', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'children-and-young-people', 'Children and young people', 'Support for children and young people with a family member in prison.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000112', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'parenting', 'Parenting and family relationships', 'Keeping family ties, parenting from prison and at home.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000113', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'befriending', 'Befriending', 'Someone to talk to and go with you.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000114', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'advice-and-information', 'Advice and information', 'Information about the criminal justice system and what happens next.'),
    ('5c0f3a52-6e0b-4f4b-9d4a-000000000115', '5c0f3a52-6e0b-4f4b-9d4a-000000000001', 'release-and-resettlement', 'Release and resettlement', 'Preparing for release and life afterwards.');
