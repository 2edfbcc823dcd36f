-- Retention of requests for support never accepted (issue 17, ADR 0016): deleted, with their people,
-- needs and criteria, a set number of months after they arrived. What the statistics may still want
-- to count is kept here, naming nobody: how many requests of each source, locality, month of arrival
-- and final status were deleted.
create table referral_removed (
    arrived_month date not null check (arrived_month = date_trunc('month', arrived_month)),
    locality_id   uuid not null references locality (id),
    source        text not null,
    status        text not null check (status in ('received', 'signposted', 'declined')),
    removed       bigint not null check (removed > 0),
    primary key (arrived_month, locality_id, source, status)
);

-- The requests never accepted, oldest first: what the nightly run looks for.
create index referral_retention_due on referral (created_at, id) where status <> 'accepted';
