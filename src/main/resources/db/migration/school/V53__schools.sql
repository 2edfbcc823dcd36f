-- Telling a school (as Operation Encompass tells a school's key adult): each school keeps its
-- designated contact, a user of the service in that school; with consent that covers the school,
-- a support worker notifies it that one of its pupils has a parent or carer in custody.

create table school_contact (
    school_id   uuid primary key references organisation (id),
    user_id     uuid not null references user_account (id),
    set_by      uuid not null references user_account (id),
    set_at      timestamptz not null default now()
);

-- A pupil on a school's list from when the support worker notified it until consent no longer
-- covers the school (ended_at); left_told_at is when the school was told the pupil has left
-- its list (without saying why).
create table school_notification (
    id           uuid primary key,
    school_id    uuid not null references organisation (id),
    family_id    uuid not null references family (id),
    person_id    uuid not null references person (id),
    notified_by  uuid not null references user_account (id),
    notified_at  timestamptz not null default now(),
    ended_at     timestamptz,
    left_told_at timestamptz
);
create unique index school_notification_open on school_notification (school_id, person_id) where ended_at is null;
create index school_notification_family on school_notification (family_id);
