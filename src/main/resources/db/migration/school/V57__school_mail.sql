-- The e-mails a school's designated contact is sent about its list of pupils affected, each once
-- per recipient: told (a pupil was added to the list) and left (a pupil has left it). Recorded in
-- the transaction that sends it, so that an event delivered again sends nothing twice.
create table school_mail (
    notification_id uuid not null references school_notification (id),
    kind            text not null check (kind in ('told', 'left')),
    recipient_id    uuid not null references user_account (id),
    sent_at         timestamptz not null default now(),
    primary key (notification_id, kind, recipient_id)
);
