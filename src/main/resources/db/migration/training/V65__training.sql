-- Training and awareness: courses (multi-agency workshops, conferences, the court desk
-- volunteers' induction), their sessions, published materials, bookings with a waiting list,
-- attendance, feedback and the e-mails sent about them. Bookings hold professionals' details
-- (name, work e-mail, organisation), never a family's.

create table training_course (
    id          uuid primary key,
    kind        text not null check (kind in ('WORKSHOP', 'CONFERENCE', 'INDUCTION')),
    title       text not null check (btrim(title) <> ''),
    audience    text not null,
    outcomes    text not null,
    created_by  uuid not null references user_account (id),
    created_at  timestamptz not null default now(),
    version     bigint not null default 0
);

-- One sitting of a course: in person (venue and address) or online (a joining link).
create table training_session (
    id            uuid primary key,
    course_id     uuid not null references training_course (id),
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    venue         text,
    address       text,
    online_link   text,
    capacity      integer not null check (capacity > 0),
    locality_id   uuid references locality (id),
    cancelled_at  timestamptz,
    cancelled_by  uuid references user_account (id),
    created_by    uuid not null references user_account (id),
    created_at    timestamptz not null default now(),
    version       bigint not null default 0,
    constraint training_session_ends_after_start check (ends_at > starts_at),
    constraint training_session_where check (venue is not null or online_link is not null)
);
create index training_session_starts on training_session (starts_at);
create index training_session_course on training_session (course_id);

-- Who runs a session: users holding the training coordinator role.
create table training_session_trainer (
    session_id  uuid not null references training_session (id),
    user_id     uuid not null references user_account (id),
    primary key (session_id, user_id)
);

-- A course's materials, or an event's papers and slides: a file kept here or a link.
create table training_material (
    id            uuid primary key,
    course_id     uuid references training_course (id),
    session_id    uuid references training_session (id),
    title         text not null check (btrim(title) <> ''),
    url           text,
    file_name     text,
    content_type  text,
    content       bytea,
    published     boolean not null default false,
    added_by      uuid not null references user_account (id),
    added_at      timestamptz not null default now(),
    constraint training_material_of check (course_id is not null or session_id is not null),
    constraint training_material_what check (url is not null or content is not null)
);

-- A place on a session, or a place on its waiting list. The e-mail address is kept lower-case;
-- one live booking per address per session. token_hash is the SHA-256 of the secret in the
-- booking's e-mailed link to manage (cancel) it; feedback_token_hash that of the secret in the
-- feedback request's link (feedback, certificate). The secrets themselves are never kept.
create table training_booking (
    id                   uuid primary key,
    session_id           uuid not null references training_session (id),
    name                 text not null check (btrim(name) <> ''),
    email                text not null,
    organisation         text not null,
    sector               text not null check (sector in ('STATUTORY', 'VOLUNTARY', 'FAITH', 'PRIVATE')),
    role                 text not null check (role in ('HEAD_TEACHER', 'SENCO', 'HOME_SCHOOL_LINK_WORKER',
                             'PRISON_OFFICER', 'PROBATION_OFFICER', 'CHILDRENS_CENTRE_WORKER', 'HEALTH_VISITOR',
                             'SOCIAL_WORKER', 'POLICE', 'VOLUNTEER', 'OTHER')),
    seniority            text not null check (seniority in ('FRONT_LINE', 'SUPERVISOR', 'SENIOR_MANAGER')),
    user_id              uuid references user_account (id),
    status               text not null check (status in ('BOOKED', 'WAITING', 'CANCELLED')),
    booked_at            timestamptz not null default now(),
    waiting_since        timestamptz,
    cancelled_at         timestamptz,
    token_hash           text not null unique,
    feedback_token_hash  text unique,
    attended_at          timestamptz,
    attendance_marked_by uuid references user_account (id),
    version              bigint not null default 0
);
create unique index training_booking_once on training_booking (session_id, email) where status <> 'CANCELLED';
create index training_booking_waiting on training_booking (session_id, waiting_since) where status = 'WAITING';
create index training_booking_user on training_booking (user_id) where user_id is not null;

-- What an attendee said afterwards: confidence to recognise and support children of prisoners
-- before and after (1 to 5), what they will do differently, anything else.
create table training_feedback (
    booking_id         uuid primary key references training_booking (id),
    confidence_before  smallint not null check (confidence_before between 1 and 5),
    confidence_after   smallint not null check (confidence_after between 1 and 5),
    do_differently     text,
    comments           text,
    given_at           timestamptz not null default now()
);

-- Each e-mail about a booking, sent once (confirmation, place from the waiting list, reminder,
-- cancellation, feedback request).
create table training_mail (
    booking_id  uuid not null references training_booking (id),
    kind        text not null,
    sent_at     timestamptz not null default now(),
    primary key (booking_id, kind)
);
