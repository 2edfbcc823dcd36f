-- Prisons are organisations (issue 15): each prison on the reference list is linked to the
-- identity organisation of type PRISON that identity made for it (V59.1), by name. And the
-- prisons a custody episode's person has been held in, with dates: its stays, the latest one
-- open (no end), a move closing the stay before it on the day before.

insert into prison (id, name) values
    ('3a9e0c44-0000-4000-8000-000000000011', 'HMP Onley'),
    ('3a9e0c44-0000-4000-8000-000000000012', 'HMP Bedford'),
    ('3a9e0c44-0000-4000-8000-000000000013', 'HMP The Mount'),
    ('3a9e0c44-0000-4000-8000-000000000014', 'HMP/YOI Downview')
on conflict do nothing;

alter table prison add column organisation_id uuid references organisation (id);

update prison p set organisation_id = o.id
from identity_organisation o
where lower(o.name) = lower(p.name) and o.type = 'PRISON';

alter table prison alter column organisation_id set not null;
create unique index prison_organisation_unique on prison (organisation_id);

create table custody_move (
    id          uuid primary key,
    episode_id  uuid not null references custody_episode (id),
    prison_id   uuid not null references prison (id),
    -- null for the first stay when the episode has neither a remand nor a sentence date
    from_on     date,
    to_on       date,
    recorded_by uuid references user_account (id),
    recorded_at timestamptz not null default now(),
    constraint custody_move_ends_after_start check (to_on is null or from_on is null or to_on >= from_on)
);
create index custody_move_episode on custody_move (episode_id, from_on);
create unique index custody_move_one_open_stay on custody_move (episode_id) where to_on is null;

-- Each episode's prison so far is its first stay, from its remand (or sentence) date.
insert into custody_move (id, episode_id, prison_id, from_on, to_on)
select gen_random_uuid(), c.id, c.prison_id, coalesce(c.remanded_on, c.sentenced_on), null
from custody_episode c
where c.prison_id is not null;
