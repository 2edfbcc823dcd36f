-- Two-step sign-in (issue 12): a time-based one-time code (RFC 6238) from an authenticator app
-- after the password. The shared secret is kept as the app needs it; confirmed_at is null while it
-- is being set up. last_used_step is the 30-second step of the last code accepted, so a code is
-- never accepted twice.
create table two_step (
    user_id        uuid primary key references user_account (id) on delete cascade,
    secret         text not null,
    created_at     timestamptz not null,
    confirmed_at   timestamptz,
    last_used_step bigint
);

-- Recovery codes, shown once when two-step sign-in is turned on: only their SHA-256 is kept, and
-- each works once.
create table two_step_recovery_code (
    user_id   uuid not null references user_account (id) on delete cascade,
    code_hash text not null,
    used_at   timestamptz,
    primary key (user_id, code_hash)
);
