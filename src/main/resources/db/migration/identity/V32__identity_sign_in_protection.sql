-- Sign-in protection (issue 12): failed attempts counted per username and per client address, with
-- growing delays and a temporary lock, checked before any password is hashed. A username that
-- exists and one that does not are counted alike, so the answers say nothing about which exist.
-- Rows are forgotten once their failures are old and no lock holds (SignInThrottle's clean-up).
create table sign_in_throttle (
    kind                text not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key                 text not null check (length(key) <= 200),
    failures            integer not null check (failures >= 0),
    last_failure_at     timestamptz not null,
    next_attempt_at     timestamptz not null,
    locked_until        timestamptz,
    -- The lock the user was e-mailed about, so that an event delivered twice sends one e-mail.
    lock_notified_until timestamptz,
    primary key (kind, key)
);
create index sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);

-- One-time passwords expire: the first administrator's after 24 hours, the others after 72
-- (configurable). It counts only while must_change_password holds; null when the password is the
-- user's own. One given before this migration expires 72 hours from now.
alter table user_account add column one_time_password_expires_at timestamptz;
update user_account set one_time_password_expires_at = now() + interval '72 hours' where must_change_password;
