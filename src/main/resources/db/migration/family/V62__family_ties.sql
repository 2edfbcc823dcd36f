-- Family ties on the family's record (issue 15, item 2): the family's contact with the person in
-- custody (prison visits, family days, calls and letters the family reports) and the parenting
-- programme sessions each parent attends, as typed, dated timeline entries with the people who
-- took part; and what stands in the way of contact, as dated barriers the support plan can act on.

alter table timeline_entry drop constraint timeline_entry_kind_check;
alter table timeline_entry add constraint timeline_entry_kind_check
    check (kind in ('call', 'visit', 'meeting', 'letter', 'note', 'family_day', 'parenting_session'));

-- A parenting programme, run inside a prison and in the community (the Family Links programme).
create table parenting_programme (
    id         uuid primary key,
    name       text not null check (btrim(name) <> ''),
    created_at timestamptz not null default now()
);
create unique index parenting_programme_name_unique on parenting_programme (lower(name));

insert into parenting_programme (id, name) values
    ('6b1f0e20-0000-4000-8000-000000000001', 'Family Links parenting programme');

-- family_tie: the entry records the family's contact with the person in custody (a visit, a family
-- day, a call or a letter the family reports), not a support worker's own call or visit.
-- A parenting session names its programme, whether it was inside a prison (prison_id) or in the
-- community (place).
alter table timeline_entry
    add column family_tie   boolean not null default false,
    add column prison_id    uuid references prison (id),
    add column programme_id uuid references parenting_programme (id),
    add column setting      text check (setting in ('in_prison', 'in_community')),
    add column place        text check (place is null or btrim(place) <> '');
-- What happened may go unsaid for the family's ties: the type, date, place and people say it.
alter table timeline_entry alter column summary drop not null;
alter table timeline_entry add constraint timeline_entry_summary_given
    check (summary is not null or family_tie or kind = 'parenting_session');
alter table timeline_entry add constraint timeline_entry_session_programme
    check (kind <> 'parenting_session' or (programme_id is not null and setting is not null));
alter table timeline_entry add constraint timeline_entry_family_day_prison
    check (kind <> 'family_day' or prison_id is not null);

-- Who of the family took part in an entry (the people at a visit or family day, the parent at a
-- parenting session).
create table timeline_entry_person (
    entry_id  uuid not null references timeline_entry (id),
    person_id uuid not null references person (id),
    primary key (entry_id, person_id)
);
create index timeline_entry_person_person on timeline_entry_person (person_id);

-- What stands in the way of the family's contact with the person in custody.
create table contact_barrier (
    id         uuid primary key,
    family_id  uuid not null references family (id),
    kind       text not null check (kind in ('distance', 'cost', 'child_wishes', 'restriction', 'other')),
    details    text check (details is null or btrim(details) <> ''),
    noted_on   date not null,
    author_id  uuid references user_account (id),
    created_at timestamptz not null default now(),
    constraint contact_barrier_other_details check (kind <> 'other' or details is not null)
);
create index contact_barrier_family on contact_barrier (family_id, noted_on desc);

-- A family merge moves its barriers too; the merge keeps which, to put them back when undone.
alter table merge add column moved_barriers uuid[] not null default '{}';
