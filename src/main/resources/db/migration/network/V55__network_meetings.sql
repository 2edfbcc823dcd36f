-- A network's meetings (every three months by default), who came or sent apologies, the
-- agenda, the minutes (locked once published; a correction is a new version) and the actions
-- agreed for a family, which go straight into its support plan.

create table network_meeting (
    id           uuid primary key,
    network_id   uuid not null references network (id),
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    place        text,
    online_link  text,
    status       text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
    -- The iCalendar SEQUENCE: 0 for the invitation, one more for each update or the cancellation.
    sequence     integer not null default 0,
    created_by   uuid not null references user_account (id),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint not null default 0,
    constraint network_meeting_ends_after_start check (ends_at > starts_at),
    constraint network_meeting_somewhere check (btrim(coalesce(place, '')) <> ''
        or btrim(coalesce(online_link, '')) <> '')
);
create index network_meeting_network on network_meeting (network_id, starts_at);

-- Who came, or sent apologies; one row per member who did either.
create table network_meeting_attendance (
    meeting_id  uuid not null references network_meeting (id),
    user_id     uuid not null references user_account (id),
    status      text not null check (status in ('attended', 'apologies')),
    recorded_by uuid not null references user_account (id),
    recorded_at timestamptz not null default now(),
    primary key (meeting_id, user_id)
);

-- Each e-mail about a meeting, sent once per member: the invitation and each update (by the
-- meeting's sequence), the cancellation, and each published version of the minutes.
create table network_meeting_mail (
    meeting_id uuid not null references network_meeting (id),
    user_id    uuid not null references user_account (id),
    kind       text not null check (kind in ('invitation', 'update', 'cancellation', 'minutes')),
    number     integer not null,
    sent_at    timestamptz not null default now(),
    primary key (meeting_id, user_id, kind, number)
);

-- An item of the agenda: a family raised by a member (with the member's reason, written so that
-- it names nobody: it is what members not covered by consent see beside "Family A"), a plan
-- review due, or other business. letter is the family's letter on this meeting's agenda, the
-- same for every member. raised_named says whether the raising member could see the family by
-- name when they raised it (for the manager's counts of families raised named or anonymous).
create table network_agenda_item (
    id              uuid primary key,
    meeting_id      uuid not null references network_meeting (id),
    position        integer not null,
    kind            text not null check (kind in ('family', 'review', 'other')),
    family_id       uuid references family (id),
    letter          text,
    title           text,
    summary         text not null check (btrim(summary) <> ''),
    raised_by       uuid not null references user_account (id),
    raised_by_organisation_id uuid references organisation (id),
    raised_named    boolean not null default false,
    created_at      timestamptz not null default now(),
    constraint network_agenda_item_family check ((kind in ('family', 'review')) = (family_id is not null)),
    constraint network_agenda_item_letter check ((family_id is null) = (letter is null))
);
create unique index network_agenda_item_position on network_agenda_item (meeting_id, position);
create unique index network_agenda_item_family_once on network_agenda_item (meeting_id, family_id)
    where family_id is not null;
create index network_agenda_item_family on network_agenda_item (family_id) where family_id is not null;

-- A version of a meeting's minutes: a draft until the coordinator publishes it; once published it
-- is locked, and a correction starts the next version (copied from it, with the reason).
create table network_minutes (
    meeting_id   uuid not null references network_meeting (id),
    number       integer not null check (number >= 1),
    status       text not null default 'draft' check (status in ('draft', 'published')),
    correction   text,
    published_at timestamptz,
    published_by uuid references user_account (id),
    created_by   uuid not null references user_account (id),
    created_at   timestamptz not null default now(),
    version      bigint not null default 0,
    primary key (meeting_id, number),
    constraint network_minutes_published check ((status = 'published') = (published_at is not null))
);
create unique index network_minutes_one_draft on network_minutes (meeting_id) where status = 'draft';

-- What the minutes say of one item, in one version.
create table network_minute (
    meeting_id uuid not null,
    number     integer not null,
    item_id    uuid not null references network_agenda_item (id),
    text       text not null check (btrim(text) <> ''),
    written_by uuid not null references user_account (id),
    written_at timestamptz not null default now(),
    primary key (meeting_id, number, item_id),
    foreign key (meeting_id, number) references network_minutes (meeting_id, number)
);

-- An action agreed for a family at the meeting: the support plan keeps the action itself
-- (owner, due date, status); this row says which item agreed it.
create table network_agreed_action (
    item_id        uuid not null references network_agenda_item (id),
    plan_action_id uuid not null references plan_action (id),
    agreed_at      timestamptz not null default now(),
    primary key (item_id, plan_action_id)
);
create index network_agreed_action_action on network_agreed_action (plan_action_id);
