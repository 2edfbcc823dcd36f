-- A network's documents, requests to join it, and its messages to the group.

-- The terms of reference and the consent form the network uses: each a text written in versions
-- (1, 2, …) by the coordinator; a version is never changed, a new one replaces it.
create table network_document (
    network_id  uuid not null references network (id),
    kind        text not null check (kind in ('terms', 'consent_form')),
    number      integer not null check (number >= 1),
    body        text not null check (btrim(body) <> ''),
    written_by  uuid not null references user_account (id),
    written_at  timestamptz not null default now(),
    primary key (network_id, kind, number)
);

-- Someone signed in asks to join; the coordinator accepts (they become a member with their
-- organisation of the day) or declines. One open request per person and network at a time.
create table network_join_request (
    id          uuid primary key,
    network_id  uuid not null references network (id),
    user_id     uuid not null references user_account (id),
    reason      text,
    asked_at    timestamptz not null default now(),
    status      text not null default 'open' check (status in ('open', 'accepted', 'declined')),
    decided_by  uuid references user_account (id),
    decided_at  timestamptz,
    constraint network_join_request_decided check ((status = 'open') = (decided_at is null))
);
create unique index network_join_request_open on network_join_request (network_id, user_id) where status = 'open';
create index network_join_request_network on network_join_request (network_id, asked_at) where status = 'open';

-- A message to the group, kept as the network's history; confirmed says the sender confirmed it
-- names no family member after the check found words that are names on record.
create table network_message (
    id          uuid primary key,
    network_id  uuid not null references network (id),
    sender_id   uuid not null references user_account (id),
    subject     text not null check (btrim(subject) <> ''),
    body        text not null check (btrim(body) <> ''),
    confirmed   boolean not null default false,
    sent_at     timestamptz not null default now()
);
create index network_message_network on network_message (network_id, sent_at desc, id);

-- Each member e-mailed a message, once.
create table network_message_mail (
    message_id   uuid not null references network_message (id),
    recipient_id uuid not null references user_account (id),
    sent_at      timestamptz not null default now(),
    primary key (message_id, recipient_id)
);
