-- Court desk volunteers' background checks (issue 16, volunteers' readiness): the day a
-- volunteer's check was done and the day it runs out, with an optional short reference
-- (the certificate's number, say). A renewed check is a new row: the history is kept and the
-- latest check (by the day it was done) is the one that counts. A volunteer may sign up for a
-- shift only with an induction attended (training) and a check valid on the shift's day.
create table volunteer_check (
    id           uuid primary key,
    volunteer_id uuid not null references user_account (id) on delete cascade,
    checked_on   date not null,
    expires_on   date not null,
    reference    text check (length(reference) <= 40),
    recorded_by  uuid references user_account (id),
    recorded_at  timestamptz not null default now(),
    constraint volunteer_check_expires_after check (expires_on > checked_on)
);
create index volunteer_check_volunteer on volunteer_check (volunteer_id, checked_on desc, recorded_at desc);
create index volunteer_check_expires on volunteer_check (expires_on);
