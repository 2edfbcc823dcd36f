-- Finding the same family twice, and merging records that turn out to be the same.

-- Every given and family name on record, lower-cased, once. Likely matches correct a typed name
-- against this short list (trigram similarity, double metaphone, soundex) and then look people up
-- by exact names, instead of scanning every person's name for similarity.
-- Its sound codes are kept with it, so that a search compares codes instead of computing them.
create table person_name (
    name          text primary key,
    metaphone     text generated always as (dmetaphone(name)) stored,
    metaphone_alt text generated always as (dmetaphone_alt(name)) stored,
    sound         text generated always as (soundex(name)) stored
);
create index person_name_trgm on person_name using gin (name gin_trgm_ops);
create index person_name_metaphone on person_name (metaphone);
create index person_name_metaphone_alt on person_name (metaphone_alt);
create index person_name_sound on person_name (sound);

insert into person_name (name)
select lower(btrim(given_name)) from person union select lower(btrim(family_name)) from person
on conflict do nothing;

create function person_name_add() returns trigger language plpgsql as $$
begin
    insert into person_name (name)
    select lower(btrim(given_name)) from changed union select lower(btrim(family_name)) from changed
    on conflict do nothing;
    return null;
end
$$;

create trigger person_name_on_insert after insert on person
    referencing new table as changed for each statement execute function person_name_add();
create trigger person_name_on_update after update on person
    referencing new table as changed for each statement execute function person_name_add();

-- People by exact names (either way round: the swapped search looks up the same index with the
-- names exchanged) and by date of birth, with what scoring needs included, so that candidates are
-- read from the index alone; households by postcode.
create index person_names on person (lower(btrim(family_name)), lower(btrim(given_name)))
    include (id, family_id, given_name, family_name, date_of_birth) where merged_into is null;
create index person_date_of_birth on person (date_of_birth)
    include (id, family_id, given_name, family_name) where merged_into is null;
create index family_postcode on family (upper(replace(postcode, ' ', ''))) where postcode is not null;

-- The families list: a locality's families, most recently changed first.
create index family_locality_updated on family (locality_id, updated_at desc);

-- A family merged into another keeps its row, pointing at the family it joined, until undone.
alter table family add column merged_into uuid references family (id);
create index family_merged_into on family (merged_into) where merged_into is not null;

-- Every merge, with what it moved, so that an administrator can undo it exactly.
create table merge (
    id          uuid primary key,
    kind        text not null check (kind in ('person', 'family')),
    kept_id     uuid not null,
    merged_id   uuid not null,
    reason      text not null check (btrim(reason) <> ''),
    moved_people   uuid[] not null default '{}',
    moved_custody  uuid[] not null default '{}',
    moved_timeline uuid[] not null default '{}',
    moved_attachments uuid[] not null default '{}',
    merged_by   uuid references user_account (id),
    merged_at   timestamptz not null default now(),
    undone_by   uuid references user_account (id),
    undone_at   timestamptz,
    version     bigint not null default 0,
    constraint merge_not_itself check (kept_id <> merged_id)
);
create index merge_merged_at on merge (merged_at desc);

-- References past FM-999999 kept their first six digits (lpad cuts a longer text), so the
-- millionth family would have collided with the hundred-thousandth: pad to six digits at least.
create function family_reference_next() returns text language sql as $$
    select 'FM-' || lpad(n::text, greatest(6, length(n::text)), '0') from nextval('family_reference_seq') n
$$;
alter table family alter column reference set default family_reference_next();
